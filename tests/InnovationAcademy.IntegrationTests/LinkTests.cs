using AngleSharp.Dom;

namespace InnovationAcademy.IntegrationTests;

/// <summary>
/// Links are generated from named routes: a route that cannot be built leaves an empty address, and a wrong one a
/// page that is not there. An administrator (who may open everything) walks the sample site from the home page and
/// the administration, following every link on the site; none is empty, none leads nowhere.
/// </summary>
public sealed class LinkTests(LinkTests.Site site) : IClassFixture<LinkTests.Site>
{
    /// <summary>The sample MOOC with its quizzes, assignment, certificates, the CREANDO cohorts and the talent directory.</summary>
    public sealed class Site() : AcademySiteFactory("thinkia-mooc");

    private const int MostPages = 400;

    [Fact]
    public async Task Every_link_an_administrator_meets_leads_to_a_page()
    {
        using var admin = site.CreateSiteClient();
        await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        var queue = new Queue<(string Url, string From)>([("/", "start"), ("/admin", "start")]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/", "/admin" };
        var problems = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MostPages)
        {
            var (url, from) = queue.Dequeue();
            visited++;
            var response = await admin.Http.GetAsync(url);
            if ((int)response.StatusCode >= 400)
            {
                problems.Add($"{url} (linked from {from}) answered {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await SiteClient.ParseAsync(response);
            problems.AddRange(page.QuerySelectorAll("a:not([href]), a[href=''], form[method=post]:not([action]), form[action='']")
                .Select(e => $"{url}: an element without its address: {Describe(e)}"));
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (Followable(href) is { } next && seen.Add(next))
                {
                    queue.Enqueue((next, url));
                }
            }
        }

        Assert.True(visited > 100, $"only {visited} pages were reached");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The site's own pages, without fragments; not the language switch, files, feeds or the API.</summary>
    private static string? Followable(string href)
    {
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = href.Split('#')[0];
        string[] skipped = ["/culture", "/media/", "/api/", "/_content/", "/css/", "/js/", "/lib/"];
        return path.Length == 0 || skipped.Any(s => path.StartsWith(s, StringComparison.Ordinal))
            || path.EndsWith(".ics", StringComparison.Ordinal) || path.EndsWith(".zip", StringComparison.Ordinal)
            ? null
            : path;
    }

    private static string Describe(IElement element) => element.OuterHtml.Length > 160 ? element.OuterHtml[..160] + "…" : element.OuterHtml;
}
