namespace InnovationAcademy.Core.Web;

/// <summary>What the theme's <c>_Pager</c> partial draws: links to the previous and next pages, keeping the search.</summary>
public sealed record PagerModel(int PageNumber, int PageCount, string Path, string? Query)
{
    public string Link(int page) =>
        $"{Path}?page={page}" + (string.IsNullOrWhiteSpace(Query) ? "" : "&q=" + Uri.EscapeDataString(Query));
}
