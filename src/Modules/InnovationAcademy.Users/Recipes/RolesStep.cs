using System.Text.Json.Nodes;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Users.Models;
using InnovationAcademy.Users.Services;
using InnovationAcademy.Users.ViewModels;
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
        var described = providers.SelectMany(p => p.GetPermissions()).ToDictionary(p => p.Name, p => p.Description, StringComparer.Ordinal);
        var known = described.Keys.ToHashSet(StringComparer.Ordinal);
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

            if (!System.Text.RegularExpressions.Regex.IsMatch(name, RoleEditViewModel.NamePattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                throw new RecipeItemException(label, "\"name\" must be 2 to 64 letters and digits, starting with a letter.");
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
            audit.RecordRole("role.saved", name, AuditNote.Say("permissions: {0}", AuditNote.Words(permissions.Select(p => described[p]))));
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
