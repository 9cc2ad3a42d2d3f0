using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Cohorts;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Users;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// One profile to import. <see cref="Email"/> names the owner's account when one exists with that address; otherwise
/// it is where messages are relayed. A row matches an existing profile by that owner or that contact address.
/// </summary>
internal sealed record TalentImportRow(
    int Number, TalentProfileInput Input, string? Email, string? CohortSlug,
    TalentProfileStatus Status = TalentProfileStatus.Published, bool Hidden = false, DateTime? PublishedUtc = null);

/// <summary>A row that cannot be imported: its number (0 for the file as a whole), the field and the problem.</summary>
internal sealed record TalentImportError(int Row, string Field, string Message, int? Argument = null);

internal sealed record TalentImportResult(IReadOnlyList<TalentImportError> Errors, int Imported);

/// <summary>
/// Imports profiles that an administrator vouches for (CSV, recipes): every row is checked first, and either all are
/// saved or none. Accounts, cohorts and existing profiles are read in bulk, so a large file costs a few queries.
/// </summary>
internal sealed class TalentProfileImporter(AcademyDbContext db, IUserDirectory users, ICohortDirectory cohortDirectory, IAuditLog audit, ISiteService site, TimeProvider clock, TalentDirectoryChanges changes)
{
    /// <param name="by">Who imported the rows; for a recipe, <paramref name="recipe"/> names it instead.</param>
    public async Task<TalentImportResult> ImportAsync(IReadOnlyList<TalentImportRow> rows, string by, string? recipe = null, CancellationToken cancellationToken = default)
    {
        var externalImages = (await site.GetAsync(cancellationToken))?.AllowExternalImages == true;
        var sectors = await db.Set<TalentSector>().ToListAsync(cancellationToken);
        var emails = rows.Select(r => r.Email?.Trim().ToUpperInvariant()).OfType<string>().Distinct().ToList();
        var owners = (await users.FindManyByEmailAsync(emails, cancellationToken))
            .ToDictionary(u => u.Email.Trim().ToUpperInvariant(), u => u.Id, StringComparer.Ordinal);
        var ownerIds = owners.Values.ToList();
#pragma warning disable CA1304, CA1311 // translated to SQL's UPPER, where a culture cannot be given
        var existing = await db.Set<TalentProfile>().Where(p => (p.OwnerId != null && ownerIds.Contains(p.OwnerId)) || (p.ContactEmail != null && emails.Contains(p.ContactEmail.ToUpper())))
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
        var slugs = rows.Select(r => r.CohortSlug).OfType<string>().Distinct().ToList();
        var cohorts = await cohortDirectory.Query().Where(c => slugs.Contains(c.Slug)).ToDictionaryAsync(c => c.Slug, c => c.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);

        var errors = new List<TalentImportError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            errors.AddRange(TalentProfileRules.Validate(row.Input, sectors, externalImages).Select(e => new TalentImportError(row.Number, e.Field, e.Message, e.Argument)));
            var email = row.Email?.Trim() ?? "";
            if (!EmailAddress.IsValid(email))
            {
                errors.Add(new(row.Number, "email", "Give the person's e-mail address (their account's, or where messages should go)."));
            }
            else if (!seen.Add(email.ToUpperInvariant()))
            {
                errors.Add(new(row.Number, "email", "This e-mail address is on an earlier row: one profile per person."));
            }

            if (row.CohortSlug is { } slug && !cohorts.ContainsKey(slug))
            {
                errors.Add(new(row.Number, "cohort", "There is no cohort with this slug."));
            }
        }

        if (errors.Count > 0)
        {
            return new TalentImportResult(errors, 0);
        }

        // Looked up by key, not searched: a file of 100,000 rows against as many profiles stays linear.
        var byOwner = existing.Where(p => p.OwnerId is not null).ToDictionary(p => p.OwnerId!, StringComparer.Ordinal);
        var byContact = existing.Where(p => p.OwnerId is null && p.ContactEmail is not null)
            .GroupBy(p => p.ContactEmail!.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            var key = row.Email!.Trim().ToUpperInvariant();
            var ownerId = owners.GetValueOrDefault(key);
            var profile = ownerId is not null ? byOwner.GetValueOrDefault(ownerId) : byContact.GetValueOrDefault(key);
            if (profile is null)
            {
                profile = new TalentProfile { DisplayName = "", OwnerId = ownerId, CreatedUtc = row.PublishedUtc ?? now };
                db.Add(profile);
            }

            TalentProfileRules.Apply(profile, row.Input, sectors);
            profile.ContactEmail = ownerId is null ? row.Email.Trim() : null;
            profile.CohortId = row.CohortSlug is { } slug ? cohorts[slug] : profile.CohortId;
            profile.Status = row.Status;
            profile.Hidden = row.Hidden;
            TalentProfileRules.Refresh(profile);
            profile.PublishedUtc = row.Status == TalentProfileStatus.Published ? row.PublishedUtc ?? profile.PublishedUtc ?? now : profile.PublishedUtc;
            TalentConsent.Record(profile, now);
            profile.UpdatedUtc = row.PublishedUtc ?? now;
        }

        audit.RecordOnPlatformPart("talent.imported", "Talent directory", recipe is null
            ? AuditNote.Counted(rows.Count, "1 profile, by {1}", "{0} profiles, by {1}", by)
            : AuditNote.Counted(rows.Count, "1 profile, from the recipe “{1}”", "{0} profiles, from the recipe “{1}”", recipe));
        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
        return new TalentImportResult([], rows.Count);
    }
}
