namespace InnovationAcademy.Core.Email;

/// <summary>
/// Sends e-mail through the outbox: a message is stored with the caller's unit of work and sent by a
/// background worker with retries, so a mail server that is down loses nothing.
/// </summary>
public interface IEmailQueue
{
    /// <summary>Stores the message; it is saved by the caller's next SaveChanges.</summary>
    void Enqueue(EmailMessage message);

    /// <summary>Renders the Liquid template <paramref name="template"/> in <paramref name="culture"/> and stores it.</summary>
    /// <param name="about">What the message is about (<see cref="EmailAbout"/>), or null.</param>
    Task EnqueueTemplateAsync(string to, string template, string culture, object model, string? about = null, CancellationToken cancellationToken = default);
}
