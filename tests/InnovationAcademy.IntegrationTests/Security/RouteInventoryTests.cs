using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.IntegrationTests.Security;

/// <summary>
/// Every endpoint of the site, held against a table kept with the tests (route-inventory.tsv): what an anonymous
/// visitor, a learner and an administrator get from a GET, and what an anonymous visitor and a learner get from a POST
/// (with a valid antiforgery token and an empty form). A new route cannot ship without a line in the table, so
/// someone decides who may use it; a change of who gets what shows as a difference to review.
/// Set ACADEMY_WRITE_ROUTE_TABLE=1 to write the table the site answers today (then read the diff before committing).
/// </summary>
public sealed partial class RouteInventoryTests(RouteInventoryTests.Site site) : IClassFixture<RouteInventoryTests.Site>
{
    public sealed class Site() : AcademySiteFactory("thinkia-mooc");

    private const string Header = "method\troute\tanonymous GET\tlearner GET\tadministrator GET\tanonymous POST\tlearner POST";

    [Fact]
    public async Task Every_route_has_a_decision_and_answers_each_role_as_decided()
    {
        var routes = Routes();
        var actual = new List<string> { Header };
        using var anonymous = site.CreateSiteClient();
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        using var admin = site.CreateSiteClient();
        await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);

        // Reads first, then the posts (which may change what a read would show).
        var outcomes = new Dictionary<(string Method, string Route), string[]>();
        foreach (var (method, route) in routes.Where(r => r.Method == "GET"))
        {
            var url = Fill(route);
            outcomes[(method, route)] = [await GetAsync(anonymous, url), await GetAsync(learner, url), await GetAsync(admin, url), "-", "-"];
        }

        var anonymousToken = await TokenAsync(anonymous, "/account/login");
        var learnerToken = await TokenAsync(learner, "/account/profile");
        foreach (var (method, route) in routes.Where(r => r.Method != "GET"))
        {
            var url = Fill(route);
            // A learner's own account pages (sign-out, sessions) would end the session the other probes use.
            var learnerPost = route.StartsWith("/account", StringComparison.Ordinal) ? "-" : await PostAsync(learner, method, url, learnerToken);
            outcomes[(method, route)] = ["-", "-", "-", await PostAsync(anonymous, method, url, anonymousToken), learnerPost];
        }

        actual.AddRange(outcomes.OrderBy(o => o.Key.Route, StringComparer.Ordinal).ThenBy(o => o.Key.Method, StringComparer.Ordinal)
            .Select(o => string.Join('\t', [o.Key.Method, o.Key.Route, .. o.Value])));
        Assert.DoesNotContain(actual, line => line.Contains("\terror", StringComparison.Ordinal));

        var tablePath = Path.Combine(AppContext.BaseDirectory, "Security", "route-inventory.tsv");
        if (Environment.GetEnvironmentVariable("ACADEMY_WRITE_ROUTE_TABLE") == "1")
        {
            await File.WriteAllLinesAsync(Path.Combine(RepositoryRoot.Path, "tests", "InnovationAcademy.IntegrationTests", "Security", "route-inventory.tsv"), actual);
            return;
        }

        var expected = (await File.ReadAllLinesAsync(tablePath)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var missing = actual.Skip(1).Where(l => !expected.Any(e => Key(e) == Key(l))).ToList();
        var gone = expected.Skip(1).Where(e => !actual.Any(l => Key(l) == Key(e))).ToList();
        var changed = actual.Skip(1).Where(l => expected.FirstOrDefault(e => Key(e) == Key(l)) is { } e && e != l)
            .Select(l => $"expected {expected.First(e => Key(e) == Key(l))}\n     got {l}").ToList();
        Assert.True(missing.Count == 0 && gone.Count == 0 && changed.Count == 0,
            $"Routes without a decision (add them to route-inventory.tsv):\n{string.Join('\n', missing)}\n\n" +
            $"Decisions for routes that no longer exist:\n{string.Join('\n', gone)}\n\nAnswers that changed:\n{string.Join('\n', changed)}");
    }

    /// <summary>Every routed endpoint but static files: (method, route pattern).</summary>
    private List<(string Method, string Route)> Routes()
    {
        var sources = site.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => !e.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Where(m => m != "HEAD" && m != "OPTIONS")
                .Select(m => (Method: m == "ANY" ? "GET" : m, Route: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))))
            .Distinct()
            .ToList();
    }

    /// <summary>Route values that exist in the sample site where they can, and plain ones elsewhere.</summary>
    private static string Fill(string route) => Parameter().Replace(route, match =>
    {
        var parameter = match.Groups[1].Value.TrimStart('*');
        var name = parameter.Split(':', '=', '?')[0];
        if (Choices().Match(parameter) is { Success: true } choices)
        {
            return choices.Groups[1].Value.Split('|')[0];
        }

        return name.ToLowerInvariant() switch
        {
            _ when parameter.Contains(":int", StringComparison.Ordinal) => "1",
            _ when parameter.Contains(":guid", StringComparison.Ordinal) => "00000000-0000-0000-0000-000000000001",
            "kind" => "cohorts",
            "slug" when route.Contains("cohort", StringComparison.Ordinal) || route.Contains("community", StringComparison.Ordinal) => "creando-2027",
            "slug" when route.Contains("talent", StringComparison.Ordinal) => "1",
            "slug" => "innovacion-publica-y-social",
            "code" => "ABCD-EFGH-JKLM-NPQR",
            "culture" => "es",
            var n when n.EndsWith("key", StringComparison.Ordinal) => "00000000-0000-0000-0000-000000000001",
            var n when n.EndsWith("id", StringComparison.Ordinal) => "1",
            _ => "x",
        };
    });

    private static async Task<string> GetAsync(SiteClient client, string url) => Outcome(await client.Http.GetAsync(url));

    private static async Task<string> PostAsync(SiteClient client, string method, string url, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]) };
        return Outcome(await client.Http.SendAsync(request));
    }

    private static async Task<string> TokenAsync(SiteClient client, string page) =>
        (await client.GetPageAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static string Outcome(HttpResponseMessage response) => (int)response.StatusCode switch
    {
        >= 200 and < 300 => "ok",
        401 => "login",
        >= 300 and < 400 when response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true => "login",
        >= 300 and < 400 => "redirect",
        400 => "bad",
        403 => "denied",
        404 => "missing",
        405 => "method",
        >= 500 => "error",
        var other => other.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Key(string line) => string.Join('\t', line.Split('\t').Take(2));

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Parameter();

    /// <summary>A constraint that lists the values it takes: "regex(^(approve|reject)$)".</summary>
    [GeneratedRegex(@"regex\(\^\(([^)]+)\)\$\)")]
    private static partial Regex Choices();
}
