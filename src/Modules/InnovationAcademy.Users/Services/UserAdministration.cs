using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Users.Services;

/// <summary>A new account as an administrator, setup or a recipe describes it.</summary>
/// <param name="TimeZoneId">The zone the account starts in; null or unknown: the site's.</param>
internal sealed record NewUser(string Email, string DisplayName, IReadOnlyList<string> Roles, string? Password, string Culture = "es", string? PasswordHash = null, string? TimeZoneId = null, Invitation? Invitation = null);

/// <summary>
/// Creating and changing accounts on someone else's behalf. Errors come back keyed by the field they
/// concern ("Email", "Password", "Roles") so that forms and recipes can name the field at fault.
/// </summary>
internal sealed class UserAdministration(
    UserManager<AcademyUser> users,
    RoleManager<AcademyRole> roles,
    AccountEmails emails,
    ISiteService site,
    IAuditLog audit,
    UserSessions sessions,
    PasswordUpgrade upgrade,
    TimeProvider clock)
{
    public async Task<(AcademyUser? User, IReadOnlyList<KeyValuePair<string, string>> Errors)> CreateAsync(NewUser request, CancellationToken cancellationToken = default)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var unknownRoles = new List<string>();
        foreach (var role in request.Roles)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                unknownRoles.Add(role);
            }
        }

        if (unknownRoles.Count > 0)
        {
            errors.Add(new("Roles", $"There is no role {string.Join(", ", unknownRoles)}."));
        }

        if (request.Password is { Length: > 0 } chosen && request.PasswordHash is null
            && chosen.Trim().Length < PasswordPolicy.PrivilegedMinimumLength && request.Roles.Any(PasswordPolicy.PrivilegedRoles.Contains))
        {
            errors.Add(new("Password", "Use at least 12 characters: administrators and course administrators need them."));
        }

        if (await users.FindByEmailAsync(request.Email) is not null)
        {
            errors.Add(new("Email", "A user with this e-mail already exists."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var user = new AcademyUser
        {
            UserName = request.Email,
            Email = request.Email,
            DisplayName = request.DisplayName,
            EmailConfirmed = true,
            PreferredCulture = SupportedCultures.IsSupported(request.Culture) ? request.Culture : SupportedCultures.Spanish,
            TimeZoneId = await site.TimeZoneForAsync(request.TimeZoneId, cancellationToken),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            PasswordHash = request.PasswordHash,
        };

        var result = request.Password is { Length: > 0 } password && request.PasswordHash is null
            ? await users.CreateAsync(user, password)
            : await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            return (null, result.Errors.Select(e => new KeyValuePair<string, string>(FieldOf(e), e.Description)).ToList());
        }

        if (request.Roles.Count > 0)
        {
            await users.AddToRolesAsync(user, request.Roles);
        }

        audit.Record("user.created", user.Email!, AuditNote.Say("roles: {0}", AuditNote.Words(request.Roles.Select(r => RoleNames.LabelKey(r) ?? r))));
        if (request.Password is null && request.PasswordHash is null)
        {
            var siteName = (await site.GetAsync(cancellationToken))?.SiteName ?? "Innovation Academy";
            await emails.SendInvitationAsync(user, siteName, request.Invitation, cancellationToken);
        }

        return (user, []);
    }

    /// <summary>Replaces the user's roles; the user's sign-in picks the change up at its next validation.</summary>
    public async Task<IdentityResult> SetRolesAsync(AcademyUser user, IReadOnlyCollection<string> wanted)
    {
        var current = await users.GetRolesAsync(user);
        var remove = await users.RemoveFromRolesAsync(user, current.Except(wanted, StringComparer.OrdinalIgnoreCase));
        if (!remove.Succeeded)
        {
            return remove;
        }

        var added = wanted.Except(current, StringComparer.OrdinalIgnoreCase).ToList();
        var add = await users.AddToRolesAsync(user, added);
        if (add.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user);
            if (added.Any(PasswordPolicy.PrivilegedRoles.Contains))
            {
                // The role asks for a longer password than the person may have (only its hash is kept): they are
                // signed out, and until a sign-in with a long enough password proves otherwise, asked for a new one.
                await upgrade.MarkAsync(user, required: true);
                await sessions.EndAllAsync(user, CancellationToken.None);
            }

            audit.Record("user.roles-changed", user.Email!, AuditNote.Say("roles: {0}", AuditNote.Words(wanted.Select(r => RoleNames.LabelKey(r) ?? r))));
        }

        return add;
    }

    public Task<List<string>> RoleNamesAsync(CancellationToken cancellationToken = default) =>
        roles.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(cancellationToken);

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Password",
        "DuplicateEmail" or "InvalidEmail" or "DuplicateUserName" or "InvalidUserName" => "Email",
        "InvalidDisplayName" => "DisplayName",
        _ => "",
    };
}
