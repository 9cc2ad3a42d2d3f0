using System.Globalization;
using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.TalentDirectory;

/// <summary>
/// A fresh academy-demo site (which has the talent directory with three public profiles and one pending) with a real
/// SMTP server, and the steps the directory's tests share.
/// </summary>
public sealed class TalentSite : IAsyncDisposable
{
    private TalentSite(SmtpTestServer smtp, AcademySiteFactory site)
    {
        Smtp = smtp;
        Site = site;
    }

    public SmtpTestServer Smtp { get; }

    public AcademySiteFactory Site { get; }

    public static async Task<TalentSite> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var smtp = new SmtpTestServer();
        await smtp.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new TalentSite(smtp, new AcademySiteFactory("academy-demo", all));
    }

    public async Task<SiteClient> SignedInAsync(string email, string? password = null)
    {
        var client = Site.CreateSiteClient();
        await client.SignInAsync(email, password ?? AcademySiteFactory.DemoPassword);
        return client;
    }

    /// <summary>The learner of the demo site sends a valid profile for review, with an exact location in Lima.</summary>
    public static async Task<HttpResponseMessage> SubmitProfileAsync(SiteClient owner, IEnumerable<KeyValuePair<string, string>>? overrides = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["DisplayName"] = "Génesis Blanco",
            ["BusinessName"] = "Peluquería Génesis",
            ["Skills"] = "peluquería, alisados, maquillaje",
            ["Description"] = "Cortes, alisados y maquillaje para eventos, en Surquillo.",
            ["City"] = "Lima",
            ["Languages"] = "español, portugués",
            ["Latitude"] = "-12.113579",
            ["Longitude"] = "-77.012468",
            ["Precision"] = "Approximate",
            ["Consent"] = "true",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            fields[key] = value;
        }

        return await owner.SubmitFormAsync("/my/talent", fields.ToList(), "/my/talent");
    }

    internal Task<TalentProfile?> ProfileOfAsync(string email) =>
        Site.WithDbAsync(db => db.Set<TalentProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.OwnerId == db.Set<AcademyUser>().Where(u => u.Email == email).Select(u => u.Id).FirstOrDefault()));

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        Smtp.Dispose();
    }
}
