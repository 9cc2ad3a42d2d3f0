using System.Net.Http.Json;
using System.Text.Json;

namespace InnovationAcademy.IntegrationTests.Cohorts;

/// <summary>
/// A site set up from the CREANDO setup recipe: the 2022 and 2023 cohorts' reports, computed from the imported
/// sign-ups, intake answers, consented demographics and attendance, say what the programme reported.
/// </summary>
[Trait("Category", "Data")]
public sealed class CreandoReportTests(CreandoReportTests.Site site) : IClassFixture<CreandoReportTests.Site>
{
    public sealed class Site() : AcademySiteFactory("creando");

    [Theory]
    [InlineData("creando-2022", 600, 100, 70, 15, 70.0, 92, 92)]
    [InlineData("creando-2023", 2250, 300, 222, 40, 80.0, 345, 253)]
    public async Task The_report_api_counts_the_cohorts_results_from_its_records(string slug, int signUps, int accepted, int graduates, int partners, double women, int talentToDate, int talentFromCohort)
    {
        using var gestora = site.CreateSiteClient();
        await gestora.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var report = await gestora.Http.GetFromJsonAsync<JsonElement>($"/api/cohorts/{slug}/report");

        Assert.Equal(signUps, report.GetProperty("signUps").GetInt32());
        Assert.Equal(accepted, report.GetProperty("accepted").GetInt32());
        Assert.Equal(graduates, report.GetProperty("graduates").GetInt32());
        Assert.Equal(partners, report.GetProperty("partnerOrganisations").GetInt32());
        Assert.Equal(women, report.GetProperty("womenPercent").GetDouble());
        Assert.Equal(Math.Round(100.0 * graduates / accepted, 1), report.GetProperty("graduationRate").GetDouble());
        Assert.Equal(talentToDate, report.GetProperty("talentEntries").GetInt32());
        Assert.Equal(talentFromCohort, report.GetProperty("talentEntriesFromCohort").GetInt32());
        Assert.Equal(signUps, report.GetProperty("channels").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Equal(signUps, report.GetProperty("readiness").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Equal(["NeedsSupport", "Basic", "Ready"], report.GetProperty("readiness").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    /// <summary>A site of cohorts alone speaks of itself in its own words and has no menu entry to an empty catalog.</summary>
    [Fact]
    public async Task The_creando_site_says_what_it_is_for_and_leads_to_its_journeys_not_to_an_empty_catalog()
    {
        using var visitor = site.CreateSiteClient();
        var home = await visitor.GetPageAsync("/");
        Assert.StartsWith("Itinerarios de emprendimiento para mujeres migrantes", home.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        var menu = home.QuerySelectorAll(".main-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/cohorts", menu);
        Assert.DoesNotContain("/courses", menu);
    }

    [Fact]
    public async Task The_comparison_sets_both_cohorts_side_by_side_with_the_change_and_exports_it()
    {
        using var gestora = site.CreateSiteClient();
        await gestora.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var page = await gestora.GetPageAsync("/admin/cohorts/compare?cohorts=creando-2022,creando-2023");

        var headers = page.QuerySelector("table.figures thead")!.QuerySelectorAll("th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Dato", "CREANDO 2022", "CREANDO 2023", "Cambio"], headers);
        string[] Cells(string figure) => page.QuerySelector($"tr[data-figure={figure}]")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        // CREANDO is a Lima programme: Peru writes 2,250 and 217.1.
        Assert.Equal(["600", "2,250", "+275\u00A0%"], Cells("signUps"));
        Assert.Equal(["70", "222", "+217.1\u00A0%"], Cells("graduates"));
        Assert.Equal(["15", "40", "+166.7\u00A0%"], Cells("partnerOrganisations"));
        Assert.Equal(["70\u00A0%", "80\u00A0%", "+10 pts"], Cells("womenPercent"));
        Assert.Equal(["92", "345", "+275\u00A0%"], Cells("talentEntries"));
        Assert.Equal(2, page.QuerySelectorAll("tr[data-figure=signUps] meter").Length);
        Assert.NotNull(page.QuerySelector("script#cohort-chart-data"));

        var csv = await gestora.Http.GetStringAsync("/admin/cohorts/compare.csv?cohorts=creando-2022,creando-2023");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,figure,creando-2022,creando-2023,change", lines[0]);
        Assert.Contains("headline,signUps,600,2250,275", lines);
        Assert.Contains("headline,graduates,70,222,217.1", lines);
        Assert.Contains("headline,womenPercent,70,80,10", lines);
        Assert.Contains("headline,talentEntries,92,345,275", lines);
        var sheet = await Workbook.RowsAsync(await gestora.Http.GetAsync("/admin/cohorts/compare.csv?cohorts=creando-2022,creando-2023&format=xlsx"));
        var signUps = sheet.First(r => (r["Sección"] as string) == "Resultados" && (r["Dato"] as string)!.StartsWith("Inscripciones", StringComparison.Ordinal));
        Assert.Equal(2250d, Convert.ToDouble(signUps.Values.ElementAt(3), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_facilitator_and_an_anonymous_script_are_refused_the_report()
    {
        using var anonymous = site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync("/api/cohorts/creando-2023/report")).StatusCode);

        using var facilitator = site.CreateSiteClient();
        await facilitator.SignInAsync("facilitadora@academy.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.Http.GetAsync("/api/cohorts/creando-2023/report")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.Http.GetAsync("/admin/cohorts/creando-2023/report")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.Http.GetAsync("/admin/cohorts/compare?cohorts=creando-2022,creando-2023")).StatusCode);
        Assert.Null((await facilitator.GetPageAsync("/admin/cohorts")).QuerySelector("a[href$='/report']"));

        using var gestora = site.CreateSiteClient();
        await gestora.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await gestora.Http.GetAsync("/api/cohorts/no-such-cohort/report")).StatusCode);
        var unknown = await gestora.GetPageAsync("/admin/cohorts/compare?cohorts=creando-2022,nope");
        Assert.Contains("nope", unknown.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_ups_of_a_large_cohort_come_in_pages_that_keep_the_filter_and_search()
    {
        using var gestora = site.CreateSiteClient();
        await gestora.SignInAsync("gestora@academy.localhost", AcademySiteFactory.DemoPassword);
        var first = await gestora.GetPageAsync("/admin/cohorts/creando-2023?status=Waitlisted");
        Assert.Equal(50, first.QuerySelectorAll("table.applications tbody tr").Length);
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/admin/cohorts/creando-2023?status=Waitlisted&page=2", next);
        Assert.Contains("Página 1 de 30", first.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal); // 1,462 waiting, 50 a page

        var found = await gestora.GetPageAsync("/admin/cohorts/creando-2022?q=PARTICIPANTE00001%40");
        Assert.Single(found.QuerySelectorAll("table.applications tbody tr"));
        Assert.Equal("/admin/cohorts/creando-2022/applications?q=PARTICIPANTE00001%40", found.QuerySelector("form[method=post][action*=applications]")!.GetAttribute("action"));
        var none = await gestora.GetPageAsync("/admin/cohorts/creando-2022?q=nadie-con-este-nombre");
        Assert.Contains("nadie-con-este-nombre", none.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);
    }
}
