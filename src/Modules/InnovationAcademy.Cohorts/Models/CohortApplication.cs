namespace InnovationAcademy.Cohorts.Models;

internal enum ApplicationStatus
{
    Pending,
    Accepted,
    Waitlisted,
    Rejected,
}

/// <summary>
/// A sign-up to a cohort with its step-zero intake. The answers about devices, skills and business are kept here;
/// the optional demographics, given only with consent, live apart (<see cref="ApplicantDemographics"/>).
/// </summary>
internal sealed class CohortApplication
{
    public int Id { get; set; }

    public int CohortId { get; set; }

    public Cohort Cohort { get; set; } = null!;

    public required string UserId { get; set; }

    public ApplicationStatus Status { get; set; }

    /// <summary>The referral code's label, or "direct".</summary>
    public required string Channel { get; set; }

    public int? ReferralCodeId { get; set; }

    public DateTime SignedUpUtc { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DeviceAccess Device { get; set; }

    public Connectivity Connectivity { get; set; }

    /// <summary>How many of the four everyday digital tasks the applicant says they manage (0–4).</summary>
    public int DigitalSkills { get; set; }

    public BusinessStage BusinessStage { get; set; }

    public required string Sector { get; set; }

    public ReadinessLevel Readiness { get; set; }

    /// <summary>The secret in the participant's private calendar address; whoever has the address sees the sessions.</summary>
    public string CalendarToken { get; set; } = "";
}

internal enum DeviceAccess
{
    NoneOfMyOwn,
    SmartphoneOnly,
    Computer,
    SmartphoneAndComputer,
}

internal enum Connectivity
{
    Rarely,
    PublicOrBorrowed,
    MobileData,
    HomeInternet,
}

internal enum BusinessStage
{
    Idea,
    Starting,
    Running,
    Growing,
}

/// <summary>What support an applicant is likely to need to follow online sessions.</summary>
internal enum ReadinessLevel
{
    NeedsSupport,
    Basic,
    Ready,
}

/// <summary>Optional answers given with explicit consent, kept apart from the application and shown only in aggregate.</summary>
internal sealed class ApplicantDemographics
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    public DateTime ConsentedUtc { get; set; }

    /// <summary>"woman", "man", "non-binary", "prefer-not", or empty.</summary>
    public string Gender { get; set; } = "";

    public string Nationality { get; set; } = "";

    /// <summary>"regular", "in-process", "irregular", "refugee", "prefer-not", or empty.</summary>
    public string MigrationStatus { get; set; } = "";
}
