using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Notifications.Models;

namespace InnovationAcademy.Notifications.Services;

internal sealed class EmailQueue(AcademyDbContext db, EmailTemplates templates, TimeProvider clock) : IEmailQueue
{
    public void Enqueue(EmailMessage message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            To = message.To,
            Subject = message.Subject.Length > 300 ? message.Subject[..300] : message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            About = message.About is { Length: <= 64 } about ? about : null,
            CreatedUtc = now,
            NextAttemptUtc = now,
        });
    }

    public async Task EnqueueTemplateAsync(string to, string template, string culture, object model, string? about = null, CancellationToken cancellationToken = default) =>
        Enqueue(await templates.RenderAsync(to, template, culture, model) with { About = about });
}
