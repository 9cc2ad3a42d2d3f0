using InnovationAcademy.Core.Audit;
using Microsoft.AspNetCore.Mvc.Localization;

namespace InnovationAcademy.Courses.Services;

/// <summary>
/// Who saved a course version: a person's e-mail address, or a recipe ("recipe:thinkia-mooc"), which pages name in
/// the reader's language.
/// </summary>
internal static class SavedBy
{
    private const string RecipePrefix = "recipe:";

    public static string Recipe(string name) => RecipePrefix + name;

    public static string Describe(string savedBy, IViewLocalizer T)
    {
        ArgumentNullException.ThrowIfNull(savedBy);
        ArgumentNullException.ThrowIfNull(T);
        return savedBy.StartsWith(RecipePrefix, StringComparison.Ordinal) ? T.GetString("the recipe “{0}”", savedBy[RecipePrefix.Length..]).Value
            : IsRecipe(savedBy) ? T.GetString("a recipe").Value
            : savedBy;
    }

    /// <summary>The audit trail's detail for a saved version: who saved it, or which recipe brought it.</summary>
    public static AuditNote VersionNote(int version, string savedBy)
    {
        ArgumentNullException.ThrowIfNull(savedBy);
        return savedBy.StartsWith(RecipePrefix, StringComparison.Ordinal) ? AuditNote.Say("version {0} from the recipe “{1}”", version, savedBy[RecipePrefix.Length..])
            : IsRecipe(savedBy) ? AuditNote.Say("version {0} from a recipe", version)
            : AuditNote.Say("version {0} by {1}", version, savedBy);
    }

    /// <summary>The change note, or for a recipe's import without one, "Imported from a recipe".</summary>
    public static string Note(string? note, string savedBy, IViewLocalizer T)
    {
        ArgumentNullException.ThrowIfNull(T);
        return note is { Length: > 0 } ? note : IsRecipe(savedBy) ? T.GetString("Imported from a recipe").Value : "";
    }

    // "recipe" alone is how versions imported before the recipe's name was kept were marked; an editor's address
    // that merely starts with "recipe" is a person.
    private static bool IsRecipe(string savedBy) => savedBy == "recipe" || savedBy.StartsWith(RecipePrefix, StringComparison.Ordinal);
}
