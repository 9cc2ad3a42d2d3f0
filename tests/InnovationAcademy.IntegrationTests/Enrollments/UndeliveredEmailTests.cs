using System.Text;
using InnovationAcademy.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.Enrollments;

/// <summary>An e-mail about a course that cannot be delivered is seen by the people who run the course, not only in the outbox.</summary>
[Trait("Category", "Data")]
public sealed class UndeliveredEmailTests
{
    [Fact]
    public async Task An_invitation_the_server_refuses_is_shown_to_the_course_administrator_on_the_course_and_the_dashboard()
    {
        await using var site = await EnrollmentSite.StartAsync(smtpUtf8: false);
        var importUrl = $"/admin/courses/{EnrollmentSite.Slug}/enrollments/import";
        var upload = await site.Manager.GetPageAsync(importUrl);
        var token = upload.QuerySelector($"form[action='{importUrl}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var csv = "email,name,language\r\ninés.muñoz@test.localhost,Inés Muñoz,es\r\njose.pena@test.localhost,José Peña,es\r\n";
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "alumnado.csv" },
        };
        var uploaded = await site.Manager.Http.PostAsync(importUrl, content);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var previewUrl = uploaded.Headers.Location!.OriginalString;
        await site.Manager.GetPageAsync(previewUrl);
        await EnrollmentSite.ExpectRedirectAsync(site.Manager.SubmitFormAsync(previewUrl, [new("mode", "valid-rows"), new("notify", "true")], previewUrl));

        // The ASCII address gets an invitation that names the course and leads back to it once the password is chosen.
        var invitation = await site.Smtp.WaitForMessageAsync("jose.pena@test.localhost");
        Assert.Equal("Te inscribimos en Curso de prueba: elige tu contraseña", invitation.Subject);
        var link = invitation.TextBody!.Split('\n').First(l => l.Contains("/account/reset-password?", StringComparison.Ordinal)).Trim();
        Assert.Contains("returnUrl=" + Uri.EscapeDataString($"/courses/{EnrollmentSite.Slug}"), link, StringComparison.Ordinal);

        // The server refuses the accented address for good.
        for (var i = 0; i < 200 && !await site.Site.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.To == "inés.muñoz@test.localhost" && m.LastError != null)); i++)
        {
            await Task.Delay(100);
        }

        // The course administrator, who may not read the whole outbox, sees it on the course's enrolment page…
        Assert.Equal(HttpStatusCode.Forbidden, (await site.Manager.Http.GetAsync("/admin/outbox")).StatusCode);
        var roster = await site.Manager.GetPageAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments");
        var undelivered = roster.QuerySelector("#undelivered");
        Assert.NotNull(undelivered);
        Assert.Equal("1 correo no se entregó", undelivered.QuerySelector("h2")!.TextContent.Trim());
        var row = undelivered.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("inés.muñoz@test.localhost", row, StringComparison.Ordinal);
        Assert.Contains("No entregado: no habrá más intentos", row, StringComparison.Ordinal);
        Assert.DoesNotContain("jose.pena", undelivered.TextContent, StringComparison.Ordinal);

        // …and on the dashboard, which leads there.
        var dashboard = await site.Manager.GetPageAsync("/admin");
        var item = dashboard.QuerySelectorAll("a").FirstOrDefault(a => a.TextContent.Contains("1 correo sobre «Curso de prueba» no se entregó", StringComparison.Ordinal));
        Assert.NotNull(item);
        Assert.Equal($"/admin/courses/{EnrollmentSite.Slug}/enrollments#undelivered", item.GetAttribute("href"));
    }
}
