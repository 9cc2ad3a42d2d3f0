using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.Cohorts;

/// <summary>
/// A small cohort made by hand, whose report is worked out on paper: six sign-ups through three channels, three
/// accepted, four sessions held, a 75 % rule, partners linked three ways, and demographics given by some.
/// </summary>
[Trait("Category", "Data")]
public sealed class CohortReportTests : IAsyncLifetime
{
    private const string Slug = "taller-2024";
    private const string Recipe = $$"""
        { "name": "report-tests", "steps": [ { "name": "Cohorts",
          "partners": [
            { "name": "Linked Partner", "kind": "ngo" }, { "name": "Host Partner", "kind": "university" },
            { "name": "Radio Partner", "kind": "grassroots" }, { "name": "Uninvolved Partner", "kind": "private" }
          ],
          "programmes": [ { "slug": "taller", "name": "Taller", "cohorts": [ {
            "slug": "{{Slug}}", "name": "Taller 2024", "startsOn": "2024-03-04", "endsOn": "2024-03-29", "timeZone": "Europe/Madrid",
            "signUpOpen": false, "minAttendancePercent": 75, "partners": ["Linked Partner"],
            "referralCodes": [ { "code": "hatun", "label": "Hatun (WhatsApp)" }, { "code": "radio", "label": "Radio", "partner": "Radio Partner" } ],
            "sessions": [
              { "title": "Uno", "starts": "2024-03-05T18:00", "ends": "2024-03-05T20:00", "host": "Host Partner" },
              { "title": "Dos", "starts": "2024-03-12T18:00", "ends": "2024-03-12T20:00" },
              { "title": "Tres", "starts": "2024-03-19T18:00", "ends": "2024-03-19T20:00" },
              { "title": "Cuatro", "starts": "2024-03-26T18:00", "ends": "2024-03-26T20:00" }
            ],
            "participants": [
              { "email": "ana@test.localhost", "name": "Ana", "status": "accepted", "referral": "hatun", "device": "computer", "connectivity": "homeInternet", "skills": 4, "stage": "idea", "sector": "Comercio",
                "demographics": { "gender": "woman", "nationality": "Venezolana" }, "attended": [1, 2, 3] },
              { "email": "bea@test.localhost", "name": "Bea", "status": "accepted", "device": "smartphoneOnly", "connectivity": "mobileData", "skills": 2, "stage": "running", "sector": "Artesanía",
                "demographics": { "gender": "woman" }, "attended": [1, 2, 3, 4] },
              { "email": "carlos@test.localhost", "name": "Carlos", "status": "accepted", "referral": "HATUN", "device": "noneOfMyOwn", "connectivity": "rarely", "skills": 1, "stage": "idea", "sector": "otros servicios",
                "demographics": { "gender": "man" }, "attended": [1, 2] },
              { "email": "dani@test.localhost", "name": "Dani", "status": "waitlisted", "referral": "radio", "device": "smartphoneOnly", "connectivity": "rarely", "skills": 0, "stage": "idea", "sector": "otros servicios",
                "demographics": { "gender": "prefer-not" } },
              { "email": "eva@test.localhost", "name": "Eva", "status": "rejected", "device": "computer", "connectivity": "mobileData", "skills": 3, "stage": "growing", "sector": "Turismo" },
              { "email": "fer@test.localhost", "name": "Fer", "status": "pending", "referral": "radio", "device": "smartphoneAndComputer", "connectivity": "homeInternet", "skills": 3, "stage": "starting", "sector": "Tecnologia",
                "demographics": { "gender": "non-binary" } }
            ] } ] } ] } ] }
        """;

    private AcademySiteFactory _site = null!;
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        _site = new AcademySiteFactory("academy-demo");
        _admin = await RecipeTests.AdminAsync(_site);
        var imported = await RecipeTests.UploadAsync(_admin, Recipe, "report-tests.recipe.json");
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Every_figure_matches_the_count_made_by_hand()
    {
        var report = await _admin.Http.GetFromJsonAsync<JsonElement>($"/api/cohorts/{Slug}/report");
        Assert.Equal(6, report.GetProperty("signUps").GetInt32());
        Assert.Equal(3, report.GetProperty("accepted").GetInt32());
        Assert.Equal(2, report.GetProperty("graduates").GetInt32()); // Ana 3 of 4, Bea 4 of 4; Carlos 2 of 4 falls short
        Assert.Equal(66.7, report.GetProperty("graduationRate").GetDouble());
        Assert.Equal(4, report.GetProperty("sessionsHeld").GetInt32());
        Assert.Equal(3, report.GetProperty("partnerOrganisations").GetInt32()); // linked, host, referral code's; not the fourth
        Assert.Equal(4, report.GetProperty("genderAnswers").GetInt32()); // "prefer not to say" and no consent are not answers
        Assert.Equal(50.0, report.GetProperty("womenPercent").GetDouble());
        Assert.Equal(
            [("Hatun (WhatsApp)", 2), ("Radio", 2), ("direct", 2)],
            report.GetProperty("channels").EnumerateArray().Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("count").GetInt32())).OrderBy(c => c.Item1, StringComparer.Ordinal));
        Assert.Equal([2, 2, 2], report.GetProperty("readiness").EnumerateArray().Select(c => c.GetProperty("count").GetInt32()));

        var page = await _admin.GetPageAsync($"/admin/cohorts/{Slug}/report");
        // A Peruvian lab (the demo recipe) writes a decimal point.
        Assert.Equal("66.7\u00A0%", page.QuerySelector("tr[data-figure=graduationRate] td")!.TextContent.Trim());
        Assert.Equal("2", page.QuerySelector("tr[data-figure='direct'] td")!.TextContent.Trim());
        Assert.Equal("Visita directa", page.QuerySelector("tr[data-figure='direct'] th")!.TextContent.Trim());
    }

    [Fact]
    public async Task Marking_attendance_changes_the_graduates_at_once()
    {
        var sessionId = await _site.WithDbAsync(db => db.Set<CohortSession>().Where(s => s.Title == "Cuatro").Select(s => s.Id).SingleAsync());
        var present = await _site.WithDbAsync(db => (from a in db.Set<CohortApplication>()
                                                     join u in db.Set<AcademyUser>() on a.UserId equals u.Id
                                                     where u.Email == "bea@test.localhost" || u.Email == "carlos@test.localhost"
                                                     select a.Id).ToListAsync());
        var attendance = $"/admin/cohorts/{Slug}/sessions/{sessionId}/attendance";
        var marked = await _admin.SubmitFormAsync(attendance, present.Select(id => new KeyValuePair<string, string>("present", id.ToString(System.Globalization.CultureInfo.InvariantCulture))), attendance);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);

        var report = await _admin.Http.GetFromJsonAsync<JsonElement>($"/api/cohorts/{Slug}/report");
        Assert.Equal(3, report.GetProperty("graduates").GetInt32()); // Carlos now 3 of 4
        Assert.Equal(100.0, report.GetProperty("graduationRate").GetDouble());
    }

    /// <summary>A session that has not begun has nobody to mark: the page says when it opens and a forged post saves nothing.</summary>
    [Fact]
    public async Task Attendance_is_refused_for_a_session_that_has_not_begun()
    {
        var sessionId = await _site.WithDbAsync(async db =>
        {
            var session = await db.Set<CohortSession>().SingleAsync(s => s.Title == "Cuatro");
            session.StartsUtc = DateTime.UtcNow.AddDays(2);
            session.EndsUtc = session.StartsUtc.AddHours(2);
            await db.SaveChangesAsync();
            return session.Id;
        });
        var before = await _site.WithDbAsync(db => db.Set<Attendance>().CountAsync(a => a.SessionId == sessionId));
        var attendance = $"/admin/cohorts/{Slug}/sessions/{sessionId}/attendance";
        var page = await _admin.GetPageAsync(attendance);
        Assert.Contains("Esta sesión aún no empieza", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form.attendance-list"));

        var id = await _site.WithDbAsync(db => db.Set<CohortApplication>().OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("present", id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var forged = await _admin.Http.PostAsync(attendance, form);
        Assert.Equal(HttpStatusCode.Conflict, forged.StatusCode);
        Assert.Equal(before, await _site.WithDbAsync(db => db.Set<Attendance>().CountAsync(a => a.SessionId == sessionId)));
    }

    [Fact]
    public async Task The_export_carries_participants_and_attendance_but_no_individual_demographics()
    {
        var exported = await _admin.Http.GetStringAsync("/admin/recipes/export");
        var cohort = JsonNode.Parse(exported)!["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Cohorts")!["programmes"]![0]!["cohorts"]![0]!;
        var people = cohort["participants"]!.AsArray();
        Assert.Equal(6, people.Count);
        var ana = people.Single(p => (string?)p!["email"] == "ana@test.localhost")!;
        Assert.Equal("accepted", (string?)ana["status"]);
        Assert.Equal("hatun", (string?)ana["referral"]);
        Assert.Equal([1, 2, 3], ana["attended"]!.AsArray().Select(n => (int)n!));
        Assert.DoesNotContain("demographics", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("Venezolana", exported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_line_with_a_wrong_value_is_named_and_nothing_is_imported()
    {
        var wrong = Recipe.Replace("\"skills\": 3, \"stage\": \"growing\"", "\"skills\": 9, \"stage\": \"growing\"", StringComparison.Ordinal)
            .Replace(Slug, "otro-2024", StringComparison.Ordinal);
        var response = await RecipeTests.UploadAsync(_admin, wrong, "wrong.recipe.json");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("participant 5", text, StringComparison.Ordinal);
        Assert.Contains("skills", text, StringComparison.Ordinal);
        Assert.False(await _site.WithDbAsync(db => db.Set<Cohort>().AnyAsync(c => c.Slug == "otro-2024")));
    }

    [Theory]
    [InlineData("\"url\": \"javascript:alert(1)\"", "session 1", "\"url\" must be an http(s) address")]
    [InlineData("\"materials\": [ { \"title\": \"x\", \"url\": \"//attacker.invalid/x\" } ]", "session 1, material 1", "\"url\" must be an http(s) address or a path on this site")]
    public async Task A_link_that_is_not_a_web_address_is_refused_where_it_is(string property, string where, string message)
    {
        var wrong = Recipe.Replace("\"host\": \"Host Partner\" }", $"\"host\": \"Host Partner\", {property} }}", StringComparison.Ordinal)
            .Replace(Slug, "otro-2024", StringComparison.Ordinal);
        var response = await RecipeTests.UploadAsync(_admin, wrong, "links.recipe.json");
        var text = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"cohort 'otro-2024', {where}", text, StringComparison.Ordinal);
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.False(await _site.WithDbAsync(db => db.Set<Cohort>().AnyAsync(c => c.Slug == "otro-2024")));
    }
}
