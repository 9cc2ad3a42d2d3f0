namespace InnovationAcademy.Core.Recipes;

/// <summary>
/// Imports one kind of recipe step. Handlers live in the module that owns the data; they write through
/// the scoped database context so that the whole recipe commits or rolls back as one.
/// </summary>
public interface IRecipeStepHandler
{
    /// <summary>The step's <c>name</c>, matched without regard to case.</summary>
    string StepName { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}

/// <summary>Writes one step of the site's content into an exported recipe.</summary>
public interface IRecipeExportSource
{
    /// <summary>Steps are written in this order so that the recipe imports (features before content).</summary>
    int Order { get; }

    Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken);
}
