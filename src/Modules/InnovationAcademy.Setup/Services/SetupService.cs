using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Setup.Services;

/// <summary>
/// Turns an empty database into a site: standard roles, the chosen recipe, the settings and the first
/// administrator, all in one transaction. Errors come back keyed by the form field they concern.
/// </summary>
internal sealed class SetupService(
    AcademyDbContext db,
    ISiteService site,
    IRecipeHarvester harvester,
    IRecipeExecutor executor,
    IAccountProvisioning accounts,
    ISignal signal)
{
    public async Task<bool> IsSetUpAsync(CancellationToken cancellationToken = default) => await site.GetAsync(cancellationToken) is not null;

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> SetupAsync(SetupRequest request, CancellationToken cancellationToken = default)
    {
        if (await IsSetUpAsync(cancellationToken))
        {
            return [new("", "This site is already set up.")];
        }

        var recipe = await harvester.FindAsync(request.RecipeName, cancellationToken);
        if (recipe is null || !recipe.IsSetupRecipe)
        {
            return [new("RecipeName", $"There is no setup recipe '{request.RecipeName}'.")];
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await accounts.EnsureDefaultRolesAsync(cancellationToken);
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["SiteName"] = request.SiteName,
                ["AdminEmail"] = request.AdminEmail,
            };
            await executor.ExecuteAsync(recipe, parameters, cancellationToken);
            await site.UpdateAsync(s => s.SiteName = request.SiteName, cancellationToken);

            var (admin, errors) = await accounts.CreateAdministratorAsync(request.AdminEmail, request.AdminName, request.AdminPassword, cancellationToken);
            if (admin is null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return errors.Select(e => new KeyValuePair<string, string>(e.Key == "Email" ? "AdminEmail" : e.Key == "Password" ? "AdminPassword" : e.Key, e.Value)).ToList();
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return [];
        }
        catch (RecipeException ex)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return [new("RecipeName", ex.Message)];
        }
        finally
        {
            signal.SignalAll();
        }
    }
}
