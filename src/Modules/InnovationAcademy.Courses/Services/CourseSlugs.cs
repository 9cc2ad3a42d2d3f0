using System.Text;
using InnovationAcademy.Core.Text;

namespace InnovationAcademy.Courses.Services;

/// <summary>
/// A course's address made from its title when the editor leaves it empty: accents dropped ("Diseño de servicios
/// públicos" → "diseno-de-servicios-publicos"), anything else a hyphen, cut at a word within the limit.
/// </summary>
internal static class CourseSlugs
{
    public const int MaxLength = 80;

    /// <summary>Addresses the administration uses for itself (<c>/admin/courses/create</c>): no course may take them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "create" };

    public static string FromTitle(string? title)
    {
        var plain = TextFolding.Fold(title);
        var slug = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        if (text.Length > MaxLength)
        {
            var cut = text.LastIndexOf('-', MaxLength);
            text = (cut > 0 ? text[..cut] : text[..MaxLength]).Trim('-');
        }

        return text.Length == 0 ? "curso" : Reserved.Contains(text) ? text + "-curso" : text;
    }

    /// <summary><paramref name="slug"/>, or with "-2", "-3"… until <paramref name="taken"/> says it is free.</summary>
    public static async Task<string> UniqueAsync(string slug, Func<string, Task<bool>> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        if (!await taken(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{slug}-{n}";
            if (!await taken(candidate))
            {
                return candidate;
            }
        }
    }
}
