namespace InnovationAcademy.Core.Users;

/// <summary>A learner account that an import or a recipe needs: found by e-mail, or created without a password.</summary>
/// <param name="TimeZoneId">The zone a new account starts in (its browser's, its cohort's); null or unknown: the site's.</param>
public sealed record AccountRequest(string Email, string DisplayName, string Culture = "es", string? TimeZoneId = null);

/// <summary>The accounts of a batch by normalised e-mail address, and which of them the batch created.</summary>
public sealed record ProvisionedAccounts(IReadOnlyDictionary<string, UserCard> Accounts, IReadOnlyList<UserCard> Created);

/// <summary>
/// What an invitation is about when a person asked for something that needs an account (a cohort's sign-up): the
/// e-mail names it by <paramref name="Title"/> (written by staff, so safe in a subject), and choosing the password leads
/// to <paramref name="ReturnUrl"/> (a local address); <paramref name="About"/> ties the e-mail to the course or cohort
/// (<see cref="Email.EmailAbout"/>) so that its administrators see it when it cannot be delivered.
/// </summary>
public sealed record Invitation(string Title, string ReturnUrl, string? About = null, InvitationKind Kind = InvitationKind.SignUp);

/// <summary>Why the account was made: the person signed up for something, or staff enrolled them (an import).</summary>
public enum InvitationKind
{
    SignUp,
    Enrolment,
}

/// <summary>A new account, or what is wrong with the request: (field, message to translate) pairs.</summary>
public sealed record CreatedAccount(UserCard? Account, IReadOnlyList<KeyValuePair<string, string>> Errors);

/// <summary>
/// Accounts by the thousand for imports and recipes (the Users module keeps them): found by e-mail, or added to the
/// caller's unit of work unsaved, so that the accounts and what the caller makes for them are saved together.
/// </summary>
public interface IAccountProvisioning
{
    /// <summary>The address as accounts are keyed (Identity's normalisation), or "" for none.</summary>
    string NormalizeEmail(string email);

    /// <summary>The existing accounts among <paramref name="emails"/>, by normalised address.</summary>
    Task<IReadOnlyDictionary<string, UserCard>> FindAsync(IEnumerable<string> emails, CancellationToken cancellationToken = default);

    /// <summary>The account of every request, adding the missing ones (learners, no password) to the unit of work.</summary>
    Task<ProvisionedAccounts> FindOrAddAsync(IReadOnlyCollection<AccountRequest> requests, CancellationToken cancellationToken = default);

    /// <summary>Queues the invitation of an account created without a password: its link lets the person choose one.</summary>
    Task SendInvitationAsync(string userId, string siteName, Invitation? invitation = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates one learner's account at once (saved, audited) and e-mails the invitation to choose a password; the
    /// errors name the field ("Email", …) when the address is taken or refused.
    /// </summary>
    Task<CreatedAccount> InviteLearnerAsync(string email, string displayName, string culture, string? timeZoneId = null, Invitation? invitation = null, CancellationToken cancellationToken = default);

    /// <summary>The site's first administrator, with the password chosen at setup (saved, audited; no e-mail).</summary>
    Task<CreatedAccount> CreateAdministratorAsync(string email, string displayName, string password, CancellationToken cancellationToken = default);

    /// <summary>Creates the standard roles that do not exist yet (Administrator, CourseAdministrator, …) with their permissions.</summary>
    Task EnsureDefaultRolesAsync(CancellationToken cancellationToken = default);

    /// <summary>Signs a person in by address, for a module that has just proved who they are (setup's first administrator); false when no account has it.</summary>
    Task<bool> SignInAsync(string email);
}
