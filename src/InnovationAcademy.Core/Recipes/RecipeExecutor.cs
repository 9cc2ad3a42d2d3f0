using System.Text.Json.Nodes;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InnovationAcademy.Core.Recipes;

internal sealed partial class RecipeExecutor(
    AcademyDbContext db,
    IEnumerable<IRecipeStepHandler> handlers,
    ModuleCatalog modules,
    IFeatureManager features,
    ISignal signal,
    IAuditLog audit,
    IEnumerable<IRecipeEventHandler> eventHandlers,
    ILogger<RecipeExecutor> logger) : IRecipeExecutor
{
    public async Task ExecuteAsync(RecipeDescriptor recipe, IReadOnlyDictionary<string, string>? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new Dictionary<string, string>();
        var byName = handlers.ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);

        // A transaction opened by a caller (setup) is joined; otherwise the recipe has its own.
        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            for (var i = 0; i < recipe.Steps.Count; i++)
            {
                await RunStepAsync(recipe, i + 1, recipe.Steps[i], byName, parameters, cancellationToken);
            }

            audit.Record("recipe.executed", recipe.Name, AuditNote.Data(recipe.Source));
            await db.SaveChangesAsync(cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            LogExecuted(logger, recipe.Name, recipe.Steps.Count);
        }
        catch
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.RollbackAsync(CancellationToken.None);
            }

            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }

            // Caches may have been filled from uncommitted rows during the recipe.
            signal.SignalAll();
        }

        // A caller's transaction (setup) commits later; its own caller signals then.
        if (ownTransaction is not null)
        {
            await NotifyExecutedAsync(recipe, cancellationToken);
        }
    }

    /// <summary>Tells the modules that a recipe has committed.</summary>
    public async Task NotifyExecutedAsync(RecipeDescriptor recipe, CancellationToken cancellationToken)
    {
        foreach (var handler in eventHandlers)
        {
            await handler.ExecutedAsync(recipe, cancellationToken);
        }
    }

    private async Task RunStepAsync(
        RecipeDescriptor recipe,
        int index,
        JsonObject rawStep,
        Dictionary<string, IRecipeStepHandler> byName,
        IReadOnlyDictionary<string, string> parameters,
        CancellationToken cancellationToken)
    {
        var stepName = rawStep["name"]!.GetValue<string>();
        var label = $"Step {index} (\"{stepName}\")";
        if (!byName.TryGetValue(stepName, out var handler))
        {
            throw new RecipeException($"{label}: unknown step. No installed module handles \"{stepName}\".");
        }

        if (modules.FindByType(handler.GetType()) is { } module && !await features.IsEnabledAsync(module.Id, cancellationToken))
        {
            throw new RecipeException($"{label}: the feature '{module.Id}' that handles this step is disabled; enable it in an earlier \"Feature\" step.");
        }

        var step = RecipeVariables.Resolve(rawStep, recipe.Variables, parameters, label);
        try
        {
            await handler.ExecuteAsync(new RecipeStepContext(recipe, index, step), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (RecipeItemException ex)
        {
            throw new RecipeException($"{label}, {ex.Item}: {ex.Message}", ex);
        }
        catch (FeatureChangeException ex)
        {
            throw new RecipeException($"{label}: {ex.Message}", ex);
        }
        catch (DbUpdateException ex)
        {
            throw new RecipeException($"{label}: the database refused the step ({ex.InnerException?.Message ?? ex.Message}).", ex);
        }
        catch (Exception ex) when (ex is not RecipeException and not OperationCanceledException)
        {
            // A value a handler could not take (a number out of range, say): still a named failure, never a half-run.
            LogStepFailed(logger, ex, recipe.Name, index, stepName);
            throw new RecipeException($"{label}: {ex.Message}", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recipe {Recipe}: step {Index} ({Step}) failed")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, string recipe, int index, string step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recipe {Recipe} executed ({Steps} steps)")]
    private static partial void LogExecuted(ILogger logger, string recipe, int steps);
}
