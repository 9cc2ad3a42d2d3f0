using InnovationAcademy.Core.Cohorts;
using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.TalentDirectory.Services;

namespace InnovationAcademy.TalentDirectory.ViewModels;

/// <summary>The tile server the map draws on: a setting (<c>TalentDirectory:Tiles:Url</c>, <c>…:Attribution</c>).</summary>
internal sealed record MapTiles(string Url, string Attribution);

internal sealed class DirectoryViewModel
{
    public required TalentSearch Search { get; init; }

    public required Page<TalentCard> Results { get; init; }

    public required IReadOnlyList<FilterOption> Sectors { get; init; }

    public required IReadOnlyList<FilterOption> Regions { get; init; }

    public required IReadOnlyList<FilterOption> Cohorts { get; init; }

    public required MapTiles Tiles { get; init; }

    /// <summary>The search as a query string (without the page), for the pager, the map's data and the downloads.</summary>
    public string QueryString
    {
        get
        {
            var parts = new List<string>();
            void Add(string name, string? value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    parts.Add($"{name}={Uri.EscapeDataString(value)}");
                }
            }

            Add("q", Search.Query);
            Add("sector", Search.SectorId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add("region", Search.Region);
            Add("skill", Search.Skill);
            Add("cohort", Search.CohortId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return string.Join('&', parts);
        }
    }

    public PagerModel Pager => new(Results.PageNumber, Results.PageCount, page => $"/talent?{QueryString}{(QueryString.Length > 0 ? "&" : "")}page={page}");
}

internal sealed class ContactForm
{
    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public string Message { get; set; } = "";

    /// <summary>Left empty by people; bots fill every field.</summary>
    public string? Website { get; set; }
}

internal sealed class ProfilePageViewModel
{
    public required TalentCard Profile { get; init; }

    public required ContactForm Contact { get; init; }

    public required MapTiles Tiles { get; init; }

    /// <summary>Whether the visitor is looking at their own profile (no contact form then).</summary>
    public bool IsOwner { get; init; }
}

internal sealed class MyTalentViewModel
{
    public required TalentProfileEditor Editor { get; init; }

    public int UnansweredMessages { get; init; }
}

internal sealed class MessagesViewModel
{
    public required TalentProfile Profile { get; init; }

    public required IReadOnlyList<TalentMessage> Messages { get; init; }

    public int? FailedMessageId { get; init; }

    public string? Error { get; init; }
}

internal sealed class AdminTalentListViewModel
{
    public required TalentProfileStatus? Status { get; init; }

    public bool HiddenOnly { get; init; }

    public string? Query { get; init; }

    public required Page<TalentProfile> Profiles { get; init; }

    public required IReadOnlyDictionary<string, int> Counts { get; init; }

    public required IReadOnlyList<CohortRef> Cohorts { get; init; }
}

internal sealed class AdminReviewViewModel
{
    public required TalentProfile Profile { get; init; }

    public string? OwnerEmail { get; init; }

    public string? Cohort { get; init; }

    public string? Reason { get; init; }

    public string? Error { get; init; }

    public required MapTiles Tiles { get; init; }
}
