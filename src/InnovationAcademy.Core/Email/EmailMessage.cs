namespace InnovationAcademy.Core.Email;

/// <summary>A message ready to send: plain text always, HTML when the template has it.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);
