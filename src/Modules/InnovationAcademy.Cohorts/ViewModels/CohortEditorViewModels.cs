using InnovationAcademy.Cohorts.Models;

namespace InnovationAcademy.Cohorts.ViewModels;

/// <summary>A cohort's settings as the admin form posts them; dates and numbers arrive as text so a typo is named, not lost.</summary>
internal sealed class CohortForm
{
    /// <summary>An existing programme, or null with <see cref="NewProgramme"/> to start one.</summary>
    public int? ProgrammeId { get; set; }

    public string? NewProgramme { get; set; }

    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Summary { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int? Capacity { get; set; }

    public string Language { get; set; } = "es";

    public string TimeZoneId { get; set; } = "America/Lima";

    public bool SignUpOpen { get; set; }

    public int MinAttendancePercent { get; set; } = 75;

    public decimal CertificateHours { get; set; }

    public static CohortForm From(Cohort cohort) => new()
    {
        ProgrammeId = cohort.ProgrammeId,
        Name = cohort.Name,
        Slug = cohort.Slug,
        Summary = cohort.Summary,
        StartsOn = cohort.StartsOn,
        EndsOn = cohort.EndsOn,
        Capacity = cohort.Capacity,
        Language = cohort.Language,
        TimeZoneId = cohort.TimeZoneId,
        SignUpOpen = cohort.SignUpOpen,
        MinAttendancePercent = cohort.MinAttendancePercent,
        CertificateHours = cohort.CertificateHours,
    };
}

internal sealed class CohortEditorViewModel
{
    /// <summary>Null while creating.</summary>
    public Cohort? Cohort { get; init; }

    public required CohortForm Form { get; init; }

    public required IReadOnlyList<Programme> Programmes { get; init; }

    public required IReadOnlyList<string> TimeZones { get; init; }
}

/// <summary>A live session as the admin form posts it: day and times in the cohort's own time zone.</summary>
internal sealed class SessionForm
{
    public string? Title { get; set; }

    public SessionKind Kind { get; set; }

    public DateOnly? Day { get; set; }

    public TimeOnly? Starts { get; set; }

    public TimeOnly? Ends { get; set; }

    public string? OnlineUrl { get; set; }

    public string? Place { get; set; }

    public int? HostPartnerId { get; set; }

    public string? Facilitator { get; set; }

    /// <summary>One material per line: "Title | address".</summary>
    public string? Materials { get; set; }
}

internal sealed class SessionEditorViewModel
{
    public required Cohort Cohort { get; init; }

    /// <summary>Null while adding.</summary>
    public CohortSession? Session { get; init; }

    public required SessionForm Form { get; init; }

    public required IReadOnlyList<PartnerOrganisation> Partners { get; init; }
}

internal sealed record DeleteSessionViewModel(Cohort Cohort, CohortSession Session, int AttendanceMarks);
