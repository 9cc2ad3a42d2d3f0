using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>The step-zero answers of one sign-up.</summary>
internal sealed record Intake(DeviceAccess Device, Connectivity Connectivity, int DigitalSkills, BusinessStage Stage, string Sector);

/// <summary>Demographics, given only when the applicant ticked the consent.</summary>
internal sealed record Demographics(string Gender, string Nationality, string MigrationStatus);

internal enum SignUpResult
{
    Received,
    AlreadySignedUp,
    Closed,
}

/// <summary>Records sign-ups: one per person and cohort, with its channel and readiness; demographics stored apart.</summary>
internal sealed class CohortSignUp(AcademyDbContext db, IAuditLog audit, JourneyMenu journeyMenu, TimeProvider clock)
{
    /// <summary>Whether the team takes sign-ups for the cohort.</summary>
    public static bool Accepts(Cohort cohort) => cohort.SignUpOpen;

    public async Task<SignUpResult> SignUpAsync(Cohort cohort, string userId, Intake intake, Demographics? demographics, string? referral, CancellationToken cancellationToken = default)
    {
        if (!Accepts(cohort))
        {
            return SignUpResult.Closed;
        }

        if (await db.Set<CohortApplication>().AnyAsync(a => a.CohortId == cohort.Id && a.UserId == userId, cancellationToken))
        {
            return SignUpResult.AlreadySignedUp;
        }

        var code = ChannelOf(cohort, referral);
        var now = clock.GetUtcNow().UtcDateTime;
        var application = new CohortApplication
        {
            CohortId = cohort.Id,
            UserId = userId,
            Status = ApplicationStatus.Pending,
            Channel = code?.Label ?? "direct",
            ReferralCodeId = code?.Id,
            SignedUpUtc = now,
            Device = intake.Device,
            Connectivity = intake.Connectivity,
            DigitalSkills = Math.Clamp(intake.DigitalSkills, 0, StepZero.Skills.Count),
            BusinessStage = intake.Stage,
            Sector = intake.Sector,
            Readiness = StepZero.ReadinessOf(intake.Device, intake.Connectivity, intake.DigitalSkills),
            CalendarToken = CalendarTokens.New(),
        };
        db.Add(application);
        audit.Record("cohort.signed-up", cohort.Name, code is null ? AuditNote.Say("signed up directly") : AuditNote.Say("channel {0}", application.Channel));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person pressed twice: the first sign-up stands.
            db.ChangeTracker.Clear();
            return SignUpResult.AlreadySignedUp;
        }

        journeyMenu.Forget(userId);
        if (demographics is not null)
        {
            db.Add(new ApplicantDemographics
            {
                ApplicationId = application.Id,
                ConsentedUtc = now,
                Gender = demographics.Gender,
                Nationality = demographics.Nationality.Trim(),
                MigrationStatus = demographics.MigrationStatus,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return SignUpResult.Received;
    }

    /// <summary>The referral code a share link carried, matched without regard to case; null for a direct visit or an unknown code.</summary>
    public static ReferralCode? ChannelOf(Cohort cohort, string? referral) =>
        string.IsNullOrWhiteSpace(referral) ? null
            : cohort.ReferralCodes.FirstOrDefault(r => string.Equals(r.Code, referral.Trim(), StringComparison.OrdinalIgnoreCase));
}
