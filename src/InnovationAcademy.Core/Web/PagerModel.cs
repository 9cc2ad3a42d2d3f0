namespace InnovationAcademy.Core.Web;

/// <summary>What the theme's <c>_Pager</c> partial draws: links to the previous and next pages.</summary>
public sealed record PagerModel(int PageNumber, int PageCount, Func<int, string> Link)
{
    /// <summary>A pager for a list searched with <c>?q=</c>, keeping the search on every page.</summary>
    public static PagerModel ForSearch(int pageNumber, int pageCount, string path, string? query) =>
        new(pageNumber, pageCount, page => $"{path}?page={page}" + (string.IsNullOrWhiteSpace(query) ? "" : "&q=" + Uri.EscapeDataString(query)));
}
