using System.Text.Json.Nodes;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Users.Models;
using InnovationAcademy.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Users.Recipes;

/// <summary><c>{ "name": "Roles", "roles": [ { "name", "description", "permissions": [] } ] }</c>: creates or updates each role.</summary>
internal sealed class RolesStep(
    RoleManager<AcademyRole> roles,
    RolePermissions rolePermissions,
    IEnumerable<IPermissionProvider> providers,
    IAuditLog audit) : IRecipeStepHandler, IRecipeExportSource
{
    public string StepName => "Roles";

    public int Order => 20;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var known = providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var items = context.Items("roles");
        for (var i = 0; i < items.Count; i++)
        {
            var name = RecipeStepContext.RequiredString(items[i], "name", $"role {i + 1}");
            var label = $"role {i + 1} ({name})";
            var description = RecipeStepContext.OptionalString(items[i], "description", label);
            var permissions = RecipeStepContext.Strings(items[i], "permissions", label);
            var unknown = permissions.Where(p => !known.Contains(p)).ToList();
            if (unknown.Count > 0)
            {
                throw new RecipeItemException(label, $"unknown permission {string.Join(", ", unknown)}.");
            }

            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new AcademyRole { Name = name, Description = description ?? "" };
                var created = await roles.CreateAsync(role);
                if (!created.Succeeded)
                {
                    throw new RecipeItemException(label, string.Join(" ", created.Errors.Select(e => e.Description)));
                }
            }
            else if (description is not null)
            {
                role.Description = description;
                await roles.UpdateAsync(role);
            }

            await rolePermissions.SetAsync(role, permissions, cancellationToken);
            audit.Record("role.saved", name, string.Join(", ", permissions));
        }
    }

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var granted = await rolePermissions.GetAllAsync(cancellationToken);
        var list = new JsonArray();
        foreach (var role in await roles.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken))
        {
            var permissions = new JsonArray();
            foreach (var permission in (granted.GetValueOrDefault(role.Name!) ?? new HashSet<string>()).Order(StringComparer.Ordinal))
            {
                permissions.Add(permission);
            }

            list.Add(new JsonObject { ["name"] = role.Name, ["description"] = role.Description, ["permissions"] = permissions });
        }

        context.AddStep(StepName, new JsonObject { ["roles"] = list });
    }
}
