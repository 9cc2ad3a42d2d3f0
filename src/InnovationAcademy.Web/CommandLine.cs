namespace InnovationAcademy.Web;

/// <summary>The host's own verbs, taken off the arguments before ASP.NET Core reads the rest.</summary>
public sealed record CommandLine(string[] HostArguments, RecipeCommandArguments? Recipe)
{
    public static CommandLine Parse(string[] args)
    {
        if (args.Length > 0 && args[0] == "recipe")
        {
            var verb = args.Length > 1 ? args[1] : "";
            var file = args.Length > 2 ? args[2] : "";
            return new CommandLine(args.Skip(3).ToArray(), new RecipeCommandArguments(verb, file));
        }

        return new CommandLine(args, null);
    }
}

public sealed record RecipeCommandArguments(string Verb, string File);
