using Microsoft.EntityFrameworkCore;
using AngleSharp.Dom;

namespace InnovationAcademy.IntegrationTests;

/// <summary>Names are shown to others (admin lists, the header): every hostile input must come back as text.</summary>
public sealed class HostileInputTests(HostileInputTests.Site site) : IClassFixture<HostileInputTests.Site>
{
    public sealed class Site : AcademySiteFactory;

    [Fact]
    public async Task Hostile_display_names_render_as_inert_text_everywhere_they_are_shown()
    {
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync("alumna@academy.localhost", AcademySiteFactory.DemoPassword);
        using var admin = site.CreateSiteClient();
        await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);

        foreach (var line in HostileMarkup.Lines)
        {
            var name = line.Length > 200 ? line[..200] : line;
            var saved = await learner.SubmitFormAsync("/account/profile", [new("DisplayName", name), new("PreferredCulture", "es"), new("TimeZoneId", "Europe/Madrid")]);
            if (!InnovationAcademy.Core.Users.DisplayNames.IsValid(name))
            {
                // Line breaks, control characters and direction overrides make no name: refused at the field, inert there too.
                Assert.NotEqual(HttpStatusCode.Redirect, saved.StatusCode);
                var refused = await SiteClient.ParseAsync(saved);
                Assert.NotEmpty(refused.QuerySelector("[data-valmsg-for=DisplayName]")!.TextContent.Trim());
                AssertInert(refused, name);
                continue;
            }

            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

            var own = await learner.GetPageAsync("/account/profile");
            AssertInert(own, name);
            Assert.Equal(name, own.QuerySelector("input[name=DisplayName]")!.GetAttribute("value"));

            var list = await admin.GetPageAsync("/admin/users?q=alumna");
            AssertInert(list, name);
            Assert.Contains(name.Trim(), list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Unreadable_form_values_are_refused_at_the_door_or_at_their_field_never_with_an_error_page()
    {
        using var admin = site.CreateSiteClient();
        await admin.SignInAsync(AcademySiteFactory.AdminEmail, AcademySiteFactory.AdminPassword);

        // A NUL character the form reader refuses: the sender's mistake, 400.
        var nul = await admin.SubmitFormAsync("/admin/settings", [new("SiteName", "Academia\0")], "/admin/settings");
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);

        // A checkbox that is neither ticked nor not: an error at the box, the form drawn again unticked.
        var maybe = await admin.SubmitFormAsync("/admin/settings", [new("RegistrationOpen", "maybe")], "/admin/settings");
        Assert.Equal(HttpStatusCode.OK, maybe.StatusCode);
        var form = await SiteClient.ParseAsync(maybe);
        Assert.NotNull(form.QuerySelector("#RegistrationOpen[aria-invalid=true]"));
        Assert.False(form.QuerySelector("#RegistrationOpen")!.HasAttribute("checked"));

        // A zone the server knows but people do not live in ("localtime", Windows names, lower case) is refused.
        foreach (var zone in new[] { "localtime", "Factory", "posix/America/Lima", "america/lima", "Pacific Standard Time" })
        {
            var refused = await admin.SubmitFormAsync("/admin/settings", [new("TimeZoneId", zone)], "/admin/settings");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.NotNull((await SiteClient.ParseAsync(refused)).QuerySelector("#TimeZoneId[aria-invalid=true]"));
        }

        Assert.Equal("America/Lima", await site.WithDbAsync(db => db.Set<Core.Settings.SiteSettings>().Select(s => s.TimeZoneId).SingleAsync()));

        // A hand-made request that leaves the zone and region out is refused, not saved with defaults.
        var settings = await admin.GetPageAsync("/admin/settings");
        var fields = SiteClient.FieldsOf((AngleSharp.Html.Dom.IHtmlFormElement)settings.QuerySelector("form[action='/admin/settings']")!)
            .Where(f => f.Key is not ("TimeZoneId" or "FormattingRegion")).ToList();
        var partial = await admin.PostFormAsync("/admin/settings", fields);
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.NotNull((await SiteClient.ParseAsync(partial)).QuerySelector("#FormattingRegion[aria-invalid=true]"));
    }

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "srcdoc", "style"];

    /// <summary>
    /// The page holds no script, frame, object, handler attribute or script URL that the input could have added. The
    /// site's own scripts (empty elements loading a file from <c>/_content/</c>) are not the input's.
    /// </summary>
    internal static void AssertInert(IDocument page, string input)
    {
        Assert.Empty(page.QuerySelectorAll("iframe, object, embed, base, meta[http-equiv], link[href*='attacker']"));
        Assert.All(page.QuerySelectorAll("script"), script =>
            Assert.True(script.GetAttribute("src")?.StartsWith("/_content/", StringComparison.Ordinal) == true && script.TextContent.Length == 0, $"a script survived from: {input}"));
        foreach (var element in page.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"handler {attribute.Name} survived from: {input}");
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                {
                    Assert.DoesNotContain("javascript:", attribute.Value, StringComparison.OrdinalIgnoreCase);
                    // A path on this site may carry the input as an encoded query value (a link to search for it): that leads nowhere else.
                    var sitePath = attribute.Value.StartsWith('/') && !attribute.Value.StartsWith("//", StringComparison.Ordinal) && !attribute.Value.Contains('\\', StringComparison.Ordinal);
                    Assert.True(sitePath || !attribute.Value.Contains("attacker.invalid", StringComparison.OrdinalIgnoreCase), $"{attribute.Name}=\"{attribute.Value}\" survived from: {input}");
                }
            }
        }

        Assert.Empty(page.QuerySelectorAll("form[action*='attacker']"));
    }
}
