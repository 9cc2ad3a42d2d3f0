using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// Messages from visitors to entrepreneurs, relayed so that neither address is exposed: the entrepreneur is e-mailed
/// the message without the sender's address and answers on the site; the answer goes to the visitor with the
/// entrepreneur's address, because answering is the entrepreneur's choice to be in touch.
/// </summary>
internal sealed class TalentContactRelay(AcademyDbContext db, IUserDirectory users, IEmailQueue email, ISiteUrls urls, IAuditLog audit, TimeProvider clock)
{
    public async Task SendAsync(TalentProfile profile, string senderName, string senderEmail, string body, string culture, CancellationToken cancellationToken = default)
    {
        var message = new TalentMessage
        {
            ProfileId = profile.Id,
            SenderName = senderName.Trim(),
            SenderEmail = senderEmail.Trim(),
            Body = body.Trim(),
            Culture = culture,
            SentUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(message);
        var (to, ownerCulture) = await RecipientAsync(profile, cancellationToken);
        if (to is not null)
        {
            await email.EnqueueTemplateAsync(to, "talent-message", ownerCulture, new
            {
                profile.DisplayName,
                message.SenderName,
                message.Body,
                Link = urls.Absolute(profile.OwnerId is null ? $"/talent/{profile.Id}" : "/my/talent/messages"),
                CanAnswer = profile.OwnerId is not null,
            }, cancellationToken: cancellationToken);
        }

        audit.Record("talent.message", profile.DisplayName, AuditNote.Say("relayed from a visitor"));
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<int> UnansweredAsync(int profileId, CancellationToken cancellationToken = default) =>
        db.Set<TalentMessage>().CountAsync(m => m.ProfileId == profileId && m.RepliedUtc == null, cancellationToken);

    public Task<List<TalentMessage>> InboxAsync(int profileId, CancellationToken cancellationToken = default) =>
        db.Set<TalentMessage>().AsNoTracking().Where(m => m.ProfileId == profileId).OrderByDescending(m => m.SentUtc).Take(200).ToListAsync(cancellationToken);

    /// <summary>This text when the message id is not one of the profile's: the caller answers 404.</summary>
    public const string NoSuchMessage = "This message does not exist.";

    /// <summary>The owner's answer, e-mailed to the visitor with the owner's address to continue directly. A message is answered once.</summary>
    public async Task<string?> AnswerAsync(TalentProfile profile, int messageId, string reply, CancellationToken cancellationToken = default)
    {
        var message = await db.Set<TalentMessage>().FirstOrDefaultAsync(m => m.Id == messageId && m.ProfileId == profile.Id, cancellationToken);
        if (message is null)
        {
            return NoSuchMessage;
        }

        if (message.RepliedUtc is not null)
        {
            return "You have already answered this message.";
        }

        reply = reply.Trim();
        if (reply.Length is < 2 or > 4000)
        {
            return "Write an answer of up to 4,000 characters.";
        }

        var (from, _) = await RecipientAsync(profile, cancellationToken);
        message.Reply = reply;
        message.RepliedUtc = clock.GetUtcNow().UtcDateTime;
        await email.EnqueueTemplateAsync(message.SenderEmail, "talent-reply", message.Culture, new
        {
            message.SenderName,
            profile.DisplayName,
            Reply = reply,
            OwnerEmail = from ?? "",
            Link = urls.Absolute($"/talent/{profile.Id}"),
        }, cancellationToken: cancellationToken);
        audit.Record("talent.answered", profile.DisplayName, AuditNote.Say("message {0}", message.Id));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task<(string? Address, string Culture)> RecipientAsync(TalentProfile profile, CancellationToken cancellationToken)
    {
        if (profile.OwnerId is null)
        {
            return (profile.ContactEmail, "es");
        }

        var owner = await users.FindAsync(profile.OwnerId, cancellationToken);
        return (owner?.Email, owner?.Culture ?? "es");
    }
}
