using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Notifications.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InnovationAcademy.Notifications.Services;

/// <summary>Failed messages by what they are about: at least one try failed and none succeeded.</summary>
internal sealed class UndeliveredEmails(AcademyDbContext db, IOptionsMonitor<SmtpOptions> smtp) : IUndeliveredEmails
{
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(string aboutPrefix, CancellationToken cancellationToken = default)
    {
        var counts = await Failed()
            .Where(m => m.About != null && m.About.StartsWith(aboutPrefix))
            .GroupBy(m => m.About!)
            .Select(g => new { About = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.About, c => c.Count, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<UndeliveredEmail>> ListAsync(string about, int take, CancellationToken cancellationToken = default)
    {
        var maxAttempts = smtp.CurrentValue.MaxAttempts;
        var rows = await Failed().Where(m => m.About == about)
            .OrderByDescending(m => m.Id)
            .Take(take)
            .Select(m => new { m.To, m.Subject, m.CreatedUtc, m.Attempts, m.LastError, m.NextAttemptUtc })
            .ToListAsync(cancellationToken);
        return rows.Select(m => new UndeliveredEmail(m.To, m.Subject, m.CreatedUtc, m.Attempts, m.LastError, m.Attempts >= maxAttempts, m.NextAttemptUtc)).ToList();
    }

    private IQueryable<OutboxMessage> Failed() =>
        db.Set<OutboxMessage>().AsNoTracking().Where(m => m.SentUtc == null && m.Attempts > 0);
}
