namespace InnovationAcademy.Core.Email;

/// <summary>A message about a course or cohort that has not reached its reader: still being retried, or given up.</summary>
/// <param name="GivenUp">No more tries will be made (the server refused it for good, or every try failed).</param>
public sealed record UndeliveredEmail(string To, string Subject, DateTime CreatedUtc, int Attempts, string? LastError, bool GivenUp, DateTime NextAttemptUtc);

/// <summary>
/// The e-mails that failed, by what they are about: the outbox keeps them, and the pages of a course or cohort show
/// theirs to the people who run it (who may not see the whole outbox).
/// </summary>
public interface IUndeliveredEmails
{
    /// <summary>How many failed messages each subject has, for every subject key that starts with <paramref name="aboutPrefix"/>.</summary>
    Task<IReadOnlyDictionary<string, int>> CountAsync(string aboutPrefix, CancellationToken cancellationToken = default);

    /// <summary>The newest failed messages about <paramref name="about"/>, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<UndeliveredEmail>> ListAsync(string about, int take, CancellationToken cancellationToken = default);
}
