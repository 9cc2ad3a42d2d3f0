using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using UglyToad.PdfPig;

namespace InnovationAcademy.IntegrationTests.Certificates;

/// <summary>
/// A learner in Lima who finishes at 23:30 her time (04:30 the next day in UTC) completed on her day, and the
/// certificate says that one day everywhere: her list, the verification page and API, the PDF, the Open Badges
/// credential and the administrators' CSV.
/// </summary>
[Trait("Category", "Data")]
public sealed class CertificateDayTests : IAsyncLifetime
{
    private static readonly DateTimeOffset HalfPastElevenInLima = ShiftedClock.NextLocal("America/Lima", 23, 30);
    private CertificateSite _site = null!;

    public async Task InitializeAsync() => _site = await CertificateSite.StartAsync(clock: new ShiftedClock(HalfPastElevenInLima));

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Completing_at_half_past_eleven_in_Lima_dates_the_certificate_that_day_on_every_output()
    {
        var limaDay = DateOnly.FromDateTime(HalfPastElevenInLima.DateTime);
        Assert.NotEqual(limaDay, DateOnly.FromDateTime(HalfPastElevenInLima.UtcDateTime));
        var iso = limaDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var spanish = limaDay.ToString("d 'de' MMMM 'de' yyyy", CultureInfo.GetCultureInfo("es"));
        var nextDay = limaDay.AddDays(1).ToString("d 'de' MMMM 'de' yyyy", CultureInfo.GetCultureInfo("es"));

        using var ana = await _site.LearnerAsync();
        await CertificateSite.CompleteAsync(ana);
        var code = Assert.Single(await _site.CertificatesAsync()).Code;

        var mine = (await ana.GetPageAsync("/my/certificates")).QuerySelector(".muted")!.TextContent;
        Assert.Contains("completado el " + spanish, mine, StringComparison.Ordinal);

        using var visitor = _site.Site.CreateSiteClient();
        var facts = (await visitor.GetPageAsync($"/certificates/verify/{code}")).QuerySelector(".certificate-facts")!.TextContent;
        Assert.Contains("Completado el" + spanish, facts.Replace("\n", "", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Emitido el" + spanish, facts.Replace("\n", "", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var api = JsonNode.Parse(await visitor.Http.GetStringAsync($"/api/certificates/{code}"))!;
        Assert.Equal(iso, (string?)api["completedOn"]);
        Assert.Equal(iso, (string?)api["issuedOn"]);

        using (var pdf = PdfDocument.Open(await ana.Http.GetByteArrayAsync($"/my/certificates/{code}/pdf")))
        {
            var text = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
            Assert.Contains(spanish, text, StringComparison.Ordinal);
            Assert.DoesNotContain(nextDay, text, StringComparison.Ordinal);
        }

        // The credential says when the activity ended as the instant it was (04:30 UTC), which is the 7th in Lima.
        var jwt = await ana.Http.GetStringAsync($"/my/certificates/{code}/credential");
        var ended = (string?)JsonNode.Parse(WebEncoders.Base64UrlDecode(jwt.Split('.')[1]))!["credentialSubject"]!["activityEndDate"];
        var endedLima = TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(ended!, CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById("America/Lima"));
        Assert.Equal(limaDay, DateOnly.FromDateTime(endedLima.DateTime));

        using var admin = await RecipeTests.AdminAsync(_site.Site);
        var csv = Encoding.UTF8.GetString(await admin.Http.GetByteArrayAsync("/admin/certificates/export")).Split('\n');
        var header = csv[0].Trim('\uFEFF', '\r').Split(',');
        var row = csv.Single(l => l.StartsWith(code, StringComparison.Ordinal)).TrimEnd('\r').Split(',');
        Assert.Equal(iso, row[Array.IndexOf(header, "completed_on")]);
        Assert.Equal(iso, row[Array.IndexOf(header, "issued_on")]);
        Assert.Equal("America/Lima", row[Array.IndexOf(header, "time_zone")]);
    }
}
