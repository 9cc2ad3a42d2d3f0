using InnovationAcademy.Core.Security;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace InnovationAcademy.Users.Services;

/// <summary>Creates the standard roles that do not exist yet, with the permissions the modules' stereotypes give them.</summary>
internal sealed class RoleSeeder(RoleManager<AcademyRole> roles, RolePermissions rolePermissions, IPermissionCatalog permissions)
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [RoleNames.Administrator] = "Runs the site: every permission.",
        [RoleNames.CourseAdministrator] = "Runs registrations, grading and certificates.",
        [RoleNames.Editor] = "Authors courses, modules and lessons.",
        [RoleNames.Facilitator] = "Leads live sessions and follows cohorts.",
        [RoleNames.Learner] = "Takes courses and joins cohorts.",
    };

    public async Task EnsureDefaultRolesAsync(CancellationToken cancellationToken = default)
    {
        var stereotypes = permissions.GetStereotypes();
        foreach (var name in RoleNames.All)
        {
            if (await roles.RoleExistsAsync(name))
            {
                continue;
            }

            var role = new AcademyRole { Name = name, Description = Descriptions[name] };
            var result = await roles.CreateAsync(role);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The role {name} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            var granted = stereotypes.Where(s => s.RoleName == name).SelectMany(s => s.Permissions).Select(p => p.Name);
            await rolePermissions.SetAsync(role, granted, cancellationToken);
        }
    }
}
