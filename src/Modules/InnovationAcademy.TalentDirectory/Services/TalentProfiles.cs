using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// Profiles as their owners and the moderators change them. Whatever an owner saves goes to the moderation queue
/// (and out of public view until approved); moderators approve, reject or ask for changes with a reason, and the owner
/// is e-mailed each decision. Deleting removes the profile and the messages sent to it.
/// </summary>
internal sealed class TalentProfiles(AcademyDbContext db, IUserDirectory users, IEmailQueue email, ISiteUrls urls, ISiteService site, IAuditLog audit, TimeProvider clock, TalentDirectoryChanges changes)
{
    public Task<List<TalentSector>> SectorsAsync(CancellationToken cancellationToken = default) =>
        db.Set<TalentSector>().AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public Task<TalentProfile?> FindOwnAsync(string ownerId, CancellationToken cancellationToken = default) =>
        db.Set<TalentProfile>().Include(p => p.Sector).FirstOrDefaultAsync(p => p.OwnerId == ownerId, cancellationToken);

    public Task<TalentProfile?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Set<TalentProfile>().Include(p => p.Sector).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>
    /// The owner creates or edits their profile; it waits for a moderator. Nothing is saved when a field is wrong.
    /// <paramref name="cohortId"/> is the cohort the owner came through, kept unless one is already linked.
    /// </summary>
    /// <summary>The problems a form would be refused for, without saving anything (shown beside another field's problem).</summary>
    public async Task<IReadOnlyList<FieldError>> CheckAsync(TalentProfileInput input, CancellationToken cancellationToken = default) =>
        TalentProfileRules.Validate(input, await db.Set<TalentSector>().ToListAsync(cancellationToken), await ExternalImagesAsync(cancellationToken)).ToList();

    public async Task<IReadOnlyList<FieldError>> SaveOwnAsync(string ownerId, TalentProfileInput input, bool consent, int? cohortId, CancellationToken cancellationToken = default)
    {
        var sectors = await db.Set<TalentSector>().ToListAsync(cancellationToken);
        var errors = TalentProfileRules.Validate(input, sectors, await ExternalImagesAsync(cancellationToken)).ToList();
        if (!consent)
        {
            errors.Add(new("Consent", "Accept the consent to publish your profile."));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var profile = await FindOwnAsync(ownerId, cancellationToken);
        if (profile is null)
        {
            profile = new TalentProfile { DisplayName = "", OwnerId = ownerId, CreatedUtc = now };
            db.Add(profile);
        }

        TalentProfileRules.Apply(profile, input, sectors);
        profile.Status = TalentProfileStatus.Pending;
        profile.CohortId ??= cohortId;
        TalentProfileRules.Refresh(profile);
        TalentConsent.Record(profile, now);
        audit.Record("talent.submitted", profile.DisplayName, AuditNote.Say("by its owner {0}", ownerId));
        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
        return [];
    }

    /// <summary>
    /// An administrator creates or edits a profile, published at once (they moderate). One for a person without an
    /// account needs the address messages are relayed to; the administrator confirms the person's consent.
    /// </summary>
    public async Task<(TalentProfile? Profile, IReadOnlyList<FieldError> Errors)> SaveAsAdministratorAsync(
        int? id, TalentProfileInput input, string? contactEmail, bool consent, string by, CancellationToken cancellationToken = default)
    {
        var sectors = await db.Set<TalentSector>().ToListAsync(cancellationToken);
        var errors = TalentProfileRules.Validate(input, sectors, await ExternalImagesAsync(cancellationToken)).ToList();
        var profile = id is { } existing ? await FindAsync(existing, cancellationToken) : null;
        if (id is not null && profile is null)
        {
            return (null, [new("", "This profile no longer exists.")]);
        }

        if (profile?.OwnerId is null && (contactEmail is null || !EmailAddress.IsValid(contactEmail.Trim())))
        {
            errors.Add(new("ContactEmail", "Give the e-mail address where messages for this person should go."));
        }

        if (!consent)
        {
            errors.Add(new("Consent", "Confirm that the person agreed to be published."));
        }

        if (errors.Count > 0)
        {
            return (profile, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (profile is null)
        {
            profile = new TalentProfile { DisplayName = "", CreatedUtc = now };
            db.Add(profile);
        }

        TalentProfileRules.Apply(profile, input, sectors);
        if (profile.OwnerId is null)
        {
            profile.ContactEmail = contactEmail!.Trim();
        }

        profile.Status = TalentProfileStatus.Published;
        profile.PublishedUtc ??= now;
        profile.ModerationNote = null;
        TalentProfileRules.Refresh(profile);
        TalentConsent.Record(profile, now);
        audit.Record("talent.saved", profile.DisplayName, AuditNote.Say("published by {0}", by));
        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
        return (profile, []);
    }

    /// <summary>Where the owner is reached: the account's address, or the contact address of a profile without one. For moderators only.</summary>
    public async Task<string?> OwnerEmailAsync(TalentProfile profile, CancellationToken cancellationToken = default) =>
        profile.OwnerId is null ? profile.ContactEmail
            : (await users.FindAsync(profile.OwnerId, cancellationToken))?.Email;

    public async Task SetHiddenAsync(TalentProfile profile, bool hidden, CancellationToken cancellationToken = default)
    {
        profile.Hidden = hidden;
        TalentProfileRules.Refresh(profile);
        profile.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(hidden ? "talent.hidden" : "talent.shown", profile.DisplayName, AuditNote.Say("by its owner"));
        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
    }

    /// <summary>Removes the profile and its messages for good; the audit keeps only that it happened, and by whom.</summary>
    public async Task DeleteAsync(TalentProfile profile, string by, CancellationToken cancellationToken = default)
    {
        db.Remove(profile);
        audit.Record("talent.deleted", $"#{profile.Id}", AuditNote.Say("by {0}", by));
        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
    }

    /// <summary>Approves, rejects or asks for changes; a reason is required for the last two. The owner is told by e-mail.</summary>
    public async Task<string?> ModerateAsync(TalentProfile profile, TalentProfileStatus decision, string? reason, string by, CancellationToken cancellationToken = default)
    {
        reason = reason?.Trim();
        if (decision != TalentProfileStatus.Published && string.IsNullOrEmpty(reason))
        {
            return "Write the reason the owner will read.";
        }

        if (reason?.Length > 1000)
        {
            return "Keep the reason under 1,000 characters.";
        }

        var now = clock.GetUtcNow().UtcDateTime;
        profile.Status = decision;
        TalentProfileRules.Refresh(profile);
        profile.ModerationNote = decision == TalentProfileStatus.Published ? null : reason;
        if (decision == TalentProfileStatus.Published)
        {
            profile.PublishedUtc ??= now;
        }

        audit.Record($"talent.{decision.ToString().ToLowerInvariant()}", profile.DisplayName, reason is { Length: > 0 } ? AuditNote.Say("by {0}: {1}", by, reason) : AuditNote.Say("by {0}", by));
        await NotifyOwnerAsync(profile, decision, reason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
        return null;
    }

    private async Task NotifyOwnerAsync(TalentProfile profile, TalentProfileStatus decision, string? reason, CancellationToken cancellationToken)
    {
        var owner = profile.OwnerId is null ? null : await users.FindAsync(profile.OwnerId, cancellationToken);
        var to = profile.OwnerId is null ? profile.ContactEmail : owner?.Email;
        if (string.IsNullOrEmpty(to))
        {
            return;
        }

        var template = decision switch
        {
            TalentProfileStatus.Published => "talent-approved",
            TalentProfileStatus.ChangesRequested => "talent-changes-requested",
            _ => "talent-rejected",
        };
        await email.EnqueueTemplateAsync(to, template, owner?.Culture ?? "es", new
        {
            profile.DisplayName,
            Reason = reason ?? "",
            Link = urls.Absolute(decision == TalentProfileStatus.Published ? $"/talent/{profile.Id}" : "/my/talent"),
        }, cancellationToken: cancellationToken);
    }

    private async Task<bool> ExternalImagesAsync(CancellationToken cancellationToken) => (await site.GetAsync(cancellationToken))?.AllowExternalImages == true;
}
