using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests;

/// <summary>
/// Every edit form, saved as shown in Spanish and in English, keeps every value it showed: numbers are written and
/// read in the same language (Spanish once turned 24.0 certificate hours into 240).
/// </summary>
[Trait("Category", "Data")]
public sealed class FormRoundTripTests(FormRoundTripTests.Site site) : IClassFixture<FormRoundTripTests.Site>
{
    /// <summary>The sample MOOC: three courses with quizzes, a question bank and certificates, the CREANDO cohorts, the talent directory.</summary>
    public sealed class Site() : AcademySiteFactory("thinkia-mooc");

    private const string Mooc = "innovacion-publica-y-social";

    [Fact]
    public async Task Every_edit_form_saved_unchanged_in_either_language_keeps_every_value()
    {
        using var admin = site.CreateSiteClient();
        await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);
        var pages = await EditPagesAsync();
        var problems = new List<string>();
        var first = new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>();

        // Spanish, English, and Spanish again: a value changed by saving in either language shows up.
        foreach (var culture in new[] { "es", "en", "es" })
        {
            foreach (var page in pages)
            {
                // Each time: saving the profile sets the language to the account's own.
                Assert.Equal(HttpStatusCode.Redirect, (await admin.Http.GetAsync($"/culture?culture={culture}&returnUrl=%2F")).StatusCode);
                var before = await ShownAsync(admin, page);
                // The talent form asks on every save whether the person agreed to be published.
                var saved = await admin.SaveUnchangedAsync(page, ticked: page.StartsWith("/admin/talent/", StringComparison.Ordinal) ? [new("Consent", "true")] : null);
                if (saved.StatusCode != HttpStatusCode.Redirect)
                {
                    var errors = (await SiteClient.ParseAsync(saved)).QuerySelectorAll(".field-error, .notice-error, [role=alert]").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0);
                    problems.Add($"{culture} {page}: saving unchanged answered {(int)saved.StatusCode} ({string.Join(" | ", errors)})");
                    continue;
                }

                var after = await ShownAsync(admin, page);
                problems.AddRange(Differences($"{culture} {page}", before, after));
                if (culture == "es" && !first.TryAdd(page, before))
                {
                    problems.AddRange(Differences($"es again {page}", first[page], after));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The admin edit pages of the sample site, one or two of each kind.</summary>
    private async Task<List<string>> EditPagesAsync()
    {
        var pages = new List<string> { "/admin/settings", "/admin/certificates/settings", "/account/profile" };
        foreach (var course in new[] { Mooc, "govtech-para-el-territorio", "diseno-centrado-en-las-personas" })
        {
            pages.Add($"/admin/courses/{course}");
            pages.Add($"/admin/courses/{course}/certificate");
            pages.Add($"/admin/courses/{course}/enrollments/settings");
        }

        pages.Add($"/admin/courses/{Mooc}/lessons/9cca559e-6802-5674-b25e-09f3b93d8797"); // video
        pages.Add($"/admin/courses/{Mooc}/lessons/78bb7fa3-b502-5842-b36e-f6dc20990876"); // reading
        pages.Add($"/admin/courses/{Mooc}/quizzes/2b0f7c3a-2f42-525f-9c61-48bf85144602/settings");
        // One question of each kind with its own fields (grouped here: PostgreSQL has no MIN over uuid).
        var questions = await site.WithDbAsync(db => db.Set<Question>()
            .Where(q => q.Kind == QuestionKind.Numeric || q.Kind == QuestionKind.Matching || q.Kind == QuestionKind.MultipleChoice || q.Kind == QuestionKind.ShortAnswer)
            .Select(q => new { q.Kind, q.Key }).ToListAsync());
        pages.AddRange(questions.GroupBy(q => q.Kind).Select(g => g.Min(q => q.Key)).Select(key => $"/admin/courses/{Mooc}/questions/{key}"));

        foreach (var cohort in new[] { "creando-2022", "creando-2023", "creando-2027" })
        {
            pages.Add($"/admin/cohorts/{cohort}/edit");
        }

        var session = await site.WithDbAsync(db => db.Set<CohortSession>().Where(s => db.Set<Cohort>().Any(c => c.Id == s.CohortId && c.Slug == "creando-2027")).MinAsync(s => s.Id));
        pages.Add($"/admin/cohorts/creando-2027/sessions/{session}/edit");
        var profile = await site.WithDbAsync(db => db.Set<TalentProfile>().Where(p => p.Status == TalentProfileStatus.Published && p.Latitude != null).MinAsync(p => p.Id));
        pages.Add($"/admin/talent/{profile}/edit");
        var user = await site.WithDbAsync(db => db.Set<AcademyUser>().Where(u => u.Email == "gestora@academy.localhost").Select(u => u.Id).SingleAsync());
        pages.Add($"/admin/users/{user}/edit");
        var role = await site.WithDbAsync(db => db.Set<AcademyRole>().Where(r => r.Name == "Facilitator").Select(r => r.Id).SingleAsync());
        pages.Add($"/admin/roles/{role}/edit");
        return pages;
    }

    /// <summary>What the page's own form shows, as a browser would send it (the antiforgery token aside).</summary>
    private static async Task<IReadOnlyList<KeyValuePair<string, string>>> ShownAsync(SiteClient client, string page)
    {
        var form = (await client.GetPageAsync(page)).QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.GetAttribute("action") == page);
        return SiteClient.FieldsOf(form).Where(f => f.Key is not ("__RequestVerificationToken" or "__FormKey")).ToList();
    }

    private static IEnumerable<string> Differences(string where, IReadOnlyList<KeyValuePair<string, string>> before, IReadOnlyList<KeyValuePair<string, string>> after)
    {
        foreach (var name in before.Select(f => f.Key).Concat(after.Select(f => f.Key)).Distinct())
        {
            var was = string.Join(" + ", before.Where(f => f.Key == name).Select(f => f.Value));
            var now = string.Join(" + ", after.Where(f => f.Key == name).Select(f => f.Value));
            if (was != now)
            {
                yield return $"{where} {name}: “{was}” became “{now}”";
            }
        }
    }
}
