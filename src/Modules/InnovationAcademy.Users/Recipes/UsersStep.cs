using System.Text.Json.Nodes;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Users.Models;
using InnovationAcademy.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Users.Recipes;

/// <summary>
/// <c>{ "name": "Users", "users": [ { "email", "name", "roles": [], "password" } ] }</c>. A user with no
/// password is invited by e-mail to choose one. Export writes <c>passwordHash</c>, so the file is secret.
/// An existing e-mail is updated (name, language, roles, and password hash when given), never duplicated.
/// </summary>
internal sealed class UsersStep(UserAdministration administration, UserManager<AcademyUser> users) : IRecipeStepHandler, IRecipeExportSource
{
    public string StepName => "Users";

    public int Order => 30;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var items = context.Items("users");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var label = $"user {i + 1}";
            var email = RecipeStepContext.RequiredString(item, "email", label);
            label = $"user {i + 1} ({email})";
            var name = RecipeStepContext.OptionalString(item, "name", label) ?? email;
            var roles = RecipeStepContext.Strings(item, "roles", label);
            var password = RecipeStepContext.OptionalString(item, "password", label);
            var passwordHash = RecipeStepContext.OptionalString(item, "passwordHash", label);
            var culture = RecipeStepContext.OptionalString(item, "culture", label);
            if (culture is not null && !SupportedCultures.IsSupported(culture))
            {
                throw new RecipeItemException(label, $"'{culture}' is not a supported language (es, en).");
            }

            var existing = await users.FindByEmailAsync(email);
            if (existing is not null)
            {
                existing.DisplayName = name;
                existing.PreferredCulture = culture ?? existing.PreferredCulture;
                if (passwordHash is not null && passwordHash != existing.PasswordHash)
                {
                    // Moving a site: the account keeps the password it had there.
                    existing.PasswordHash = passwordHash;
                    await users.UpdateSecurityStampAsync(existing);
                }

                await users.UpdateAsync(existing);
                var result = await administration.SetRolesAsync(existing, roles);
                if (!result.Succeeded)
                {
                    throw new RecipeItemException(label, string.Join(" ", result.Errors.Select(e => e.Description)));
                }

                continue;
            }

            var (_, errors) = await administration.CreateAsync(new NewUser(email, name, roles, password, culture ?? SupportedCultures.Spanish, passwordHash), cancellationToken);
            if (errors.Count > 0)
            {
                throw new RecipeItemException(label, string.Join(" ", errors.Select(e => e.Value)));
            }
        }
    }

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var list = new JsonArray();
        foreach (var user in all)
        {
            var roles = new JsonArray();
            foreach (var role in (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal))
            {
                roles.Add(role);
            }

            list.Add(new JsonObject
            {
                ["email"] = user.Email,
                ["name"] = user.DisplayName,
                ["culture"] = user.PreferredCulture,
                ["roles"] = roles,
                ["passwordHash"] = user.PasswordHash,
            });
        }

        context.AddStep(StepName, new JsonObject { ["users"] = list });
    }
}
