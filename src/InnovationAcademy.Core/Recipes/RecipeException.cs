namespace InnovationAcademy.Core.Recipes;

/// <summary>A recipe that cannot be read or run; the message names the step and item at fault.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException(string message) : base(message)
    {
    }

    public RecipeException()
    {
    }

    public RecipeException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>Thrown by a step handler about one item of its step; the executor adds the step.</summary>
public sealed class RecipeItemException : Exception
{
    public RecipeItemException(string item, string message) : base(message)
    {
        Item = item;
    }

    public RecipeItemException()
    {
        Item = "";
    }

    public RecipeItemException(string message) : base(message)
    {
        Item = "";
    }

    public RecipeItemException(string message, Exception innerException) : base(message, innerException)
    {
        Item = "";
    }

    /// <summary>A label a person recognises: an e-mail, a slug, "item 3".</summary>
    public string Item { get; }
}
