using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Notifications.Models;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace InnovationAcademy.Notifications.Services;

/// <summary>
/// Sends due outbox messages over SMTP. A message is claimed by moving its next attempt forward in one
/// conditional update, so several nodes never send the same message twice. A failure is recorded and
/// retried with growing delays; nothing is lost while the mail server is down.
/// </summary>
internal sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    IOptionsMonitor<SmtpOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 20;
    private static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(2);
    private bool _warnedUnconfigured;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCycleFailed(logger, ex);
            }

            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0.2, options.CurrentValue.PollSeconds)), clock, stoppingToken)
                .ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>One pass over the due messages; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var smtp = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            if (!_warnedUnconfigured)
            {
                LogUnconfigured(logger);
                _warnedUnconfigured = true;
            }

            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxMessage>()
            .Where(m => m.SentUtc == null && m.NextAttemptUtc <= now && m.Attempts < smtp.MaxAttempts)
            .OrderBy(m => m.NextAttemptUtc)
            .Take(BatchSize)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        // Mail goes out under the site's name (the lab's), from the configured address.
        var siteName = (await scope.ServiceProvider.GetRequiredService<ISiteService>().GetAsync(cancellationToken))?.SiteName;
        var sent = 0;
        using var client = new SmtpClient();
        foreach (var message in due)
        {
            var claimedUntil = now + ClaimTime;
            var claimed = await db.Set<OutboxMessage>()
                .Where(m => m.Id == message.Id && m.SentUtc == null && m.NextAttemptUtc == message.NextAttemptUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptUtc, claimedUntil), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            try
            {
                if (!client.IsConnected)
                {
                    await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
                    if (smtp.UserName.Length > 0)
                    {
                        await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
                    }
                }

                await client.SendAsync(ToMime(smtp, siteName, message), cancellationToken);
                var sentAt = clock.GetUtcNow().UtcDateTime;
                await db.Set<OutboxMessage>().Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.SentUtc, sentAt).SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, (string?)null),
                    cancellationToken);
                sent++;
            }
            catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500)
            {
                // A permanent refusal (RFC 5321 5yz: no such mailbox, an address the server cannot carry): trying again
                // would fail the same way for days, so the message is marked failed now, with the server's words.
                var error = $"{(int)refused.StatusCode} {refused.Message}";
                error = error.Length > 1000 ? error[..1000] : error;
                await db.Set<OutboxMessage>().Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Attempts, smtp.MaxAttempts).SetProperty(m => m.LastError, error),
                    CancellationToken.None);
                LogRefused(logger, message.Id, error);
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(true, CancellationToken.None);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var attempts = message.Attempts + 1;
                var delay = TimeSpan.FromSeconds(Math.Min(3600, smtp.RetryBaseSeconds * Math.Pow(2, attempts - 1)));
                var next = clock.GetUtcNow().UtcDateTime + delay;
                var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                await db.Set<OutboxMessage>().Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptUtc, next).SetProperty(m => m.LastError, error),
                    CancellationToken.None);
                LogSendFailed(logger, message.Id, attempts, delay.TotalSeconds, ex.Message);
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(true, CancellationToken.None);
                }
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(true, cancellationToken);
        }

        return sent;
    }

    private static MimeMessage ToMime(SmtpOptions smtp, string? siteName, OutboxMessage message)
    {
        var mime = new MimeMessage();
        var from = MailboxAddress.Parse(smtp.From);
        if (!string.IsNullOrWhiteSpace(siteName))
        {
            from.Name = siteName;
        }

        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Smtp:Host is not set: e-mail waits in the outbox until it is.")]
    private static partial void LogUnconfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {MessageId} failed (attempt {Attempts}); retrying in {DelaySeconds} s: {Error}")]
    private static partial void LogSendFailed(ILogger logger, long messageId, int attempts, double delaySeconds, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {MessageId} was refused by the mail server and will not be retried: {Error}")]
    private static partial void LogRefused(ILogger logger, long messageId, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox pass failed")]
    private static partial void LogCycleFailed(ILogger logger, Exception exception);
}
