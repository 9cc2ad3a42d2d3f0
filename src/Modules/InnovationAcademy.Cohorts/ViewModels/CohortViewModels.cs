using InnovationAcademy.Core.Email;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Cohorts.Services;

namespace InnovationAcademy.Cohorts.ViewModels;

/// <summary>The step-zero sign-up form as posted; the enumerations come as their names.</summary>
internal sealed class SignUpForm
{
    public string? DisplayName { get; set; }

    /// <summary>The browser's time zone, filled by a script; empty without JavaScript (the cohort's zone is taken).</summary>
    public string? BrowserTimeZone { get; set; }

    public string? Email { get; set; }

    public DeviceAccess? Device { get; set; }

    public Connectivity? Connectivity { get; set; }

    /// <summary>The indexes of the everyday tasks ticked (see <see cref="StepZero.Skills"/>).</summary>
    public List<int> Skills { get; set; } = [];

    public BusinessStage? Stage { get; set; }

    public string? Sector { get; set; }

    public bool Consent { get; set; }

    public string? Gender { get; set; }

    public string? Nationality { get; set; }

    public string? MigrationStatus { get; set; }

    /// <summary>The share link's referral code, carried through the form.</summary>
    public string? Ref { get; set; }

    /// <summary>Left empty by people; bots fill it.</summary>
    public string? Website { get; set; }
}

/// <summary>The public cohort page: programme, dates, schedule in the viewer's zone, partners, and the sign-up form.</summary>
internal sealed class CohortPageViewModel
{
    public required Cohort Cohort { get; init; }

    public required TimeZoneInfo Zone { get; init; }

    public required bool SignedIn { get; init; }

    /// <summary>The viewer's own sign-up, if they have one.</summary>
    public CohortApplication? Mine { get; init; }

    public required SignUpForm Form { get; init; }

    /// <summary>The label of the referral code that brought the visitor, if it is one of the cohort's.</summary>
    public string? Channel { get; init; }

    public required string ShareUrl { get; init; }

    public required string WhatsAppUrl { get; init; }

    public required GraduationRule Rule { get; init; }

    /// <summary>The site's sectors (<c>ISectorList</c>), shared with the talent directory.</summary>
    public required IReadOnlyList<string> Sectors { get; init; }

    /// <summary>Now, for "the next session".</summary>
    public required DateTime NowUtc { get; init; }

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);
}

/// <summary>A cohort's sign-ups for administrators, filtered by status, with the readiness counts.</summary>
internal sealed class CohortApplicationsViewModel
{
    public required Cohort Cohort { get; init; }

    public required IReadOnlyList<(CohortApplication Application, string Name, string Email)> Rows { get; init; }

    public required IReadOnlyDictionary<ApplicationStatus, int> ByStatus { get; init; }

    public required IReadOnlyDictionary<ReadinessLevel, int> ByReadiness { get; init; }

    /// <summary>E-mails about this cohort that have not reached their readers.</summary>
    public IReadOnlyList<UndeliveredEmail> Undelivered { get; init; } = [];

    public const int PageSize = 50;

    public ApplicationStatus? Status { get; init; }

    /// <summary>Part of a name or e-mail address the list is narrowed to.</summary>
    public string? Search { get; init; }

    /// <summary>Sign-ups that match the status and search, on every page.</summary>
    public int Total { get; init; }

    public int PageNumber { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    public int Accepted => ByStatus.GetValueOrDefault(ApplicationStatus.Accepted);

    /// <summary>This list's address with another page, keeping the status and search.</summary>
    public string Link(int page) => LinkFor(Cohort.Slug, Status, Search, page);

    /// <summary>A cohort's sign-ups list with a status filter, a search and a page (the defaults left out of the address).</summary>
    public static string LinkFor(string slug, ApplicationStatus? status, string? search, int page)
    {
        var query = new List<string>();
        if (status is { } filter)
        {
            query.Add($"status={filter}");
        }

        if (!string.IsNullOrEmpty(search))
        {
            query.Add($"q={Uri.EscapeDataString(search)}");
        }

        if (page > 1)
        {
            query.Add($"page={page}");
        }

        return $"/admin/cohorts/{slug}" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }
}

/// <summary>A participant's cohorts with their sessions, to show in the participant's zone.</summary>
internal sealed class JourneyViewModel
{
    public required IReadOnlyList<CohortApplication> Applications { get; init; }

    public required TimeZoneInfo Zone { get; init; }

    public required DateTime NowUtc { get; init; }

    /// <summary>Accepted sign-up → the cohort's graduation rule and where the participant stands against it.</summary>
    public IReadOnlyDictionary<int, (GraduationRule Rule, GraduationRow? Standing)> Progress { get; init; } = new Dictionary<int, (GraduationRule, GraduationRow?)>();

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);
}

/// <summary>A session's attendance list, with the outcome of an import when there was one.</summary>
internal sealed class AttendanceViewModel
{
    public required Cohort Cohort { get; init; }

    public required CohortSession Session { get; init; }

    public required IReadOnlyList<AttendanceRow> Rows { get; init; }

    public AttendanceImport? Import { get; init; }

    public required TimeZoneInfo Zone { get; init; }

    /// <summary>False until the session begins: attendance is then neither shown as a form nor accepted.</summary>
    public bool Open { get; init; } = true;

    public string Base => $"/admin/cohorts/{Cohort.Slug}/sessions/{Session.Id}/attendance";
}

internal sealed record GraduatesViewModel(Cohort Cohort, GraduationRule Rule, IReadOnlyList<GraduationRow> Rows)
{
    public int Graduates => Rows.Count(r => r.Graduates);
}

internal sealed class CohortComparisonViewModel
{
    public required IReadOnlyList<Cohort> Available { get; init; }

    public required IReadOnlyList<string> Selected { get; init; }

    public required IReadOnlyList<CohortReport> Reports { get; init; }

    /// <summary>Why the cohorts asked for cannot be compared, shown above the form.</summary>
    public string? Error { get; init; }
}

/// <summary>A table of figures for the report and comparison pages; <see cref="LabelOf"/> turns keys into words.</summary>
internal sealed record FiguresTable(string Caption, IReadOnlyList<CohortReport> Reports, IReadOnlyList<FigureRow> Rows, Func<FigureRow, string> LabelOf);

/// <summary>The public list of learning journeys, in three groups.</summary>
internal sealed class CohortListViewModel
{
    public required DateTime NowUtc { get; init; }

    public required IReadOnlyList<CohortCard> Open { get; init; }

    /// <summary>Under way or to come, with sign-up closed.</summary>
    public required IReadOnlyList<CohortCard> Current { get; init; }

    public required IReadOnlyList<CohortCard> Ended { get; init; }
}
