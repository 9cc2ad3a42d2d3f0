namespace InnovationAcademy.Core.Web;

/// <summary>One page of a list, with what a pager needs.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < PageCount;
}

public static class Paging
{
    /// <summary>A page number from the query string, kept within 1..<paramref name="max"/>.</summary>
    public static int Clamp(int? requested, int max = int.MaxValue) => Math.Clamp(requested ?? 1, 1, Math.Max(1, max));
}
