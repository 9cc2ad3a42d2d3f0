namespace InnovationAcademy.Core.Email;

/// <summary>A message ready to send: plain text always, HTML when the template has it.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null)
{
    /// <summary>
    /// What the message is about (<see cref="EmailAbout"/>), so that the people who run that course or cohort can see
    /// when it was not delivered; null for messages about the account alone.
    /// </summary>
    public string? About { get; init; }
}
