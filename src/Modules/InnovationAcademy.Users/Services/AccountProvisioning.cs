using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Users.Models;

namespace InnovationAcademy.Users.Services;

/// <summary>The Users module's side of <see cref="IAccountProvisioning"/>: accounts leave it as cards, never as entities.</summary>
internal sealed class AccountProvisioning(
    AcademyDbContext db, BulkAccounts accounts, AccountEmails emails, UserAdministration administration, RoleSeeder roles, AccountSignIn signIn) : IAccountProvisioning
{
    public Task EnsureDefaultRolesAsync(CancellationToken cancellationToken = default) => roles.EnsureDefaultRolesAsync(cancellationToken);

    public Task<bool> SignInAsync(string email) => signIn.SignInAsync(email);

    public string NormalizeEmail(string email) => accounts.Normalize(email);

    public async Task<IReadOnlyDictionary<string, UserCard>> FindAsync(IEnumerable<string> emails, CancellationToken cancellationToken = default) =>
        (await accounts.FindAsync(emails, tracked: false, cancellationToken)).ToDictionary(p => p.Key, p => CardOf(p.Value), StringComparer.Ordinal);

    public async Task<ProvisionedAccounts> FindOrAddAsync(IReadOnlyCollection<AccountRequest> requests, CancellationToken cancellationToken = default)
    {
        var (found, created) = await accounts.FindOrAddAsync(requests, cancellationToken);
        return new ProvisionedAccounts(found.ToDictionary(p => p.Key, p => CardOf(p.Value), StringComparer.Ordinal), created.Select(CardOf).ToList());
    }

    public async Task SendInvitationAsync(string userId, string siteName, Invitation? invitation = null, CancellationToken cancellationToken = default)
    {
        // Found among the tracked accounts first, so an account added in this unit of work is invited before it is saved.
        if (await db.Set<AcademyUser>().FindAsync([userId], cancellationToken) is { } user)
        {
            await emails.SendInvitationAsync(user, siteName, invitation, cancellationToken);
        }
    }

    public async Task<CreatedAccount> InviteLearnerAsync(string email, string displayName, string culture, string? timeZoneId = null, Invitation? invitation = null, CancellationToken cancellationToken = default)
    {
        var (user, errors) = await administration.CreateAsync(new NewUser(email, displayName, [RoleNames.Learner], null, culture, TimeZoneId: timeZoneId, Invitation: invitation), cancellationToken);
        return new CreatedAccount(user is null ? null : CardOf(user), errors);
    }

    public async Task<CreatedAccount> CreateAdministratorAsync(string email, string displayName, string password, CancellationToken cancellationToken = default)
    {
        var (user, errors) = await administration.CreateAsync(new NewUser(email, displayName, [RoleNames.Administrator], password), cancellationToken);
        return new CreatedAccount(user is null ? null : CardOf(user), errors);
    }

    private static UserCard CardOf(AcademyUser user) => new(user.Id, user.DisplayName, user.Email ?? "", user.TimeZoneId, user.PreferredCulture);
}
