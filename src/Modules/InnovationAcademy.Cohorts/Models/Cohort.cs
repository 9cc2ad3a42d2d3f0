namespace InnovationAcademy.Cohorts.Models;

/// <summary>One run of a programme (CREANDO 2023): its dates, places, language, time zone, partners and sessions.</summary>
internal sealed class Cohort
{
    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public Programme Programme { get; set; } = null!;

    /// <summary>The cohort's address: <c>/cohorts/{slug}</c>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string Summary { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>Null for as many participants as sign up.</summary>
    public int? Capacity { get; set; }

    public string Language { get; set; } = "es";

    /// <summary>The IANA zone the sessions are planned in (visitors who are not signed in see times in it).</summary>
    public string TimeZoneId { get; set; } = "America/Lima";

    public bool SignUpOpen { get; set; } = true;

    /// <summary>Graduation: the share of the sessions held that a participant must have attended.</summary>
    public int MinAttendancePercent { get; set; } = 75;

    /// <summary>The learning hours graduates' certificates state; 0 for no certificate.</summary>
    public decimal CertificateHours { get; set; }

    /// <summary>
    /// Graduation also needs the final assignment of this course accepted (a linked course's assignment, such as a
    /// business plan); null when the cohort asks for none.
    /// </summary>
    public int? AssignmentCourseId { get; set; }

    public List<CohortCourse> Courses { get; set; } = [];

    public List<CohortSession> Sessions { get; set; } = [];

    public List<PartnerOrganisation> Partners { get; set; } = [];

    public List<ReferralCode> ReferralCodes { get; set; } = [];
}
