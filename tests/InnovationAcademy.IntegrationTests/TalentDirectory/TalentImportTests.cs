using System.Text;
using System.Text.Json.Nodes;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.TalentDirectory;

/// <summary>Profiles arrive in bulk by CSV and recipes, all or nothing, and leave by export; graduates are invited by e-mail.</summary>
[Trait("Category", "Data")]
public sealed class TalentImportTests : IAsyncLifetime
{
    private TalentSite _talent = null!;

    public async Task InitializeAsync() => _talent = await TalentSite.StartAsync();

    public async Task DisposeAsync() => await _talent.DisposeAsync();

    private static async Task<HttpResponseMessage> UploadCsvAsync(SiteClient client, byte[] bytes, bool consent = true)
    {
        var page = await client.GetPageAsync("/admin/talent/import");
        var token = page.QuerySelector("form[action='/admin/talent/import'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (consent)
        {
            content.Add(new StringContent("true"), "consent");
        }

        content.Add(new ByteArrayContent(bytes), "file", "perfiles.csv");
        return await client.Http.PostAsync("/admin/talent/import", content);
    }

    [Fact]
    public async Task A_csv_with_a_wrong_row_names_it_and_imports_nothing_then_the_corrected_file_publishes_every_row()
    {
        using var gestora = await _talent.SignedInAsync("gestora@academy.localhost");
        var before = await _talent.Site.WithDbAsync(db => db.Set<TalentProfile>().CountAsync(p => p.Status == TalentProfileStatus.Published));
        const string Header = "name;email;business;sector;skills;city;precision;latitude;longitude\n";
        var wrong = Header
            + "Wilmer Medina;wilmer@talento.example;Mudanzas Medina;Transporte;mudanzas;Lima;city;;\n"
            + "Keila Rivas;keila@talento.example;Uñas Keila;Belleza y bienestar;\"manicura, pedicura\";Lima;aproximada;-12,1;-77,03\n"
            + "Sin Correo;;;;;Lima;;;\n";
        var refused = await UploadCsvAsync(gestora, Encoding.UTF8.GetBytes(wrong));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await SiteClient.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Fila 2 (SectorId)", errors, StringComparison.Ordinal);
        Assert.Contains("Fila 4 (email)", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Fila 3", errors, StringComparison.Ordinal);
        Assert.Equal(before, await _talent.Site.WithDbAsync(db => db.Set<TalentProfile>().CountAsync(p => p.Status == TalentProfileStatus.Published)));

        var right = Header
            + "Wilmer Medina;wilmer@talento.example;Mudanzas Medina;Gastronomía y catering;mudanzas;Lima;city;;\n"
            + "Keila Rivas;keila@talento.example;Uñas Keila;Belleza y bienestar;\"manicura, pedicura\";Lima;aproximada;-12,1;-77,03\n"
            + "Carmen Alumna;alumna@academy.localhost;Tienda Carmen;Comercio;;Piura;city;;\n";
        // Saved by a spreadsheet in Spanish: Windows-1252, not UTF-8.
        var saved = await UploadCsvAsync(gestora, CodePages.GetBytes(right));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before + 3, await _talent.Site.WithDbAsync(db => db.Set<TalentProfile>().CountAsync(p => p.Status == TalentProfileStatus.Published)));
        var keila = await _talent.Site.WithDbAsync(db => db.Set<TalentProfile>().SingleAsync(p => p.DisplayName == "Keila Rivas"));
        Assert.Equal("Uñas Keila", keila.BusinessName);
        Assert.Equal((-12.1, -77.03), (keila.Latitude!.Value, keila.Longitude!.Value));
        Assert.Equal("keila@talento.example", keila.ContactEmail);
        // A row with an account's address becomes that account's profile, with no contact address of its own.
        var carmen = (await _talent.ProfileOfAsync("alumna@academy.localhost"))!;
        Assert.Null(carmen.ContactEmail);
        Assert.Equal("Piura", carmen.Region);

        using var learner = await _talent.SignedInAsync("alumna@academy.localhost");
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync("/admin/talent/import")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await UploadCsvAsync(gestora, Encoding.UTF8.GetBytes(right), consent: false)).StatusCode);
    }

    [Fact]
    public async Task A_recipe_profile_that_is_wrong_is_named_and_an_export_carries_the_directory_to_another_site()
    {
        using var admin = await RecipeTests.AdminAsync(_talent.Site);
        var bad = await RecipeTests.UploadAsync(admin, """
            { "name": "bad-talent", "steps": [ { "name": "TalentProfiles", "profiles": [
              { "email": "ok@talento.example", "name": "Perfil Correcto", "city": "Lima" },
              { "email": "mal@talento.example", "name": "Perfil Mal", "city": "Lima", "website": "javascript:alert(1)" } ] } ] }
            """, "bad-talent.recipe.json");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("profile 2", (await SiteClient.ParseAsync(bad)).QuerySelector("#recipe-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await _talent.Site.WithDbAsync(db => db.Set<TalentProfile>().CountAsync(p => p.DisplayName == "Perfil Correcto")));

        var exported = JsonNode.Parse(await admin.Http.GetStringAsync("/admin/recipes/export"))!;
        var step = exported["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "TalentProfiles")!;
        Assert.Equal(4, step["profiles"]!.AsArray().Count);
        var pending = step["profiles"]!.AsArray().Single(p => p!["status"]!.GetValue<string>() == "pending")!;
        Assert.Equal("Kevin Rojas", pending["name"]!.GetValue<string>());

        await using var target = new AcademySiteFactory("academy-demo");
        using (var targetAdmin = await RecipeTests.AdminAsync(target))
        {
            await target.WithDbAsync(async db =>
            {
                db.RemoveRange(db.Set<TalentProfile>());
                return await db.SaveChangesAsync();
            });
            var onlyTalent = new JsonObject { ["name"] = "talent-only", ["steps"] = new JsonArray(step.DeepClone()) };
            Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(targetAdmin, onlyTalent.ToJsonString(), "talent-only.recipe.json")).StatusCode);
        }

        var copied = await target.WithDbAsync(db => db.Set<TalentProfile>().OrderBy(p => p.DisplayName).Select(p => new { p.DisplayName, p.Status, p.Latitude, p.PublicLatitude, p.ContactEmail }).ToListAsync());
        var original = await _talent.Site.WithDbAsync(db => db.Set<TalentProfile>().OrderBy(p => p.DisplayName).Select(p => new { p.DisplayName, p.Status, p.Latitude, p.PublicLatitude, p.ContactEmail }).ToListAsync());
        Assert.Equal(original, copied);
    }

    [Fact]
    public async Task A_cohorts_graduates_without_a_profile_are_invited_by_e_mail_and_their_profile_links_the_cohort()
    {
        using var admin = await RecipeTests.AdminAsync(_talent.Site);
        var cohort = await RecipeTests.UploadAsync(admin, """
            { "name": "graduates", "steps": [ { "name": "Cohorts", "programmes": [ { "slug": "creando", "name": "CREANDO", "cohorts": [ {
              "slug": "creando-prueba", "name": "CREANDO prueba", "startsOn": "2025-03-03", "endsOn": "2025-04-11", "timeZone": "America/Lima", "minAttendancePercent": 50,
              "sessions": [ { "title": "Taller: precios", "kind": "workshop", "starts": "2025-03-04T19:00", "ends": "2025-03-04T21:00" },
                            { "title": "Clínica: ventas", "kind": "clinic", "starts": "2025-03-08T10:00", "ends": "2025-03-08T12:00" } ],
              "participants": [
                { "email": "alumna@academy.localhost", "name": "Carmen Alumna", "status": "accepted", "attended": [1, 2] },
                { "email": "graduada@talento.example", "name": "Luisana Díaz", "status": "accepted", "attended": [1] },
                { "email": "ausente@talento.example", "name": "Pedro Ausente", "status": "accepted", "attended": [] } ] } ] } ] } ] }
            """, "graduates.recipe.json");
        Assert.Equal(HttpStatusCode.Redirect, cohort.StatusCode);

        using var gestora = await _talent.SignedInAsync("gestora@academy.localhost");
        Assert.Equal(HttpStatusCode.Redirect, (await gestora.SubmitFormAsync("/admin/talent", [new("cohort", "creando-prueba")], "/admin/talent/invite")).StatusCode);
        var invitation = await _talent.Smtp.WaitForMessageAsync("alumna@academy.localhost", m => m.Subject == "Suma tu negocio al directorio de talento migrante");
        Assert.Contains("CREANDO prueba", invitation.TextBody, StringComparison.Ordinal);
        await _talent.Smtp.WaitForMessageAsync("graduada@talento.example", m => m.Subject == "Suma tu negocio al directorio de talento migrante");
        await Task.Delay(500);
        Assert.DoesNotContain(_talent.Smtp.Messages(), m => m.To.ToString().Contains("ausente@", StringComparison.Ordinal));

        using var owner = await _talent.SignedInAsync("alumna@academy.localhost");
        Assert.Equal(HttpStatusCode.Redirect, (await TalentSite.SubmitProfileAsync(owner)).StatusCode);
        var cohortId = await _talent.Site.WithDbAsync(db => db.Set<InnovationAcademy.Cohorts.Models.Cohort>().Where(c => c.Slug == "creando-prueba").Select(c => c.Id).SingleAsync());
        Assert.Equal(cohortId, (await _talent.ProfileOfAsync("alumna@academy.localhost"))!.CohortId);

        // Asked again, only graduates still without a profile are written to.
        var before = _talent.Smtp.Messages().Count;
        Assert.Equal(HttpStatusCode.Redirect, (await gestora.SubmitFormAsync("/admin/talent", [new("cohort", "creando-prueba")], "/admin/talent/invite")).StatusCode);
        await _talent.Smtp.WaitForMessageAsync("graduada@talento.example", m => m.Subject == "Suma tu negocio al directorio de talento migrante" && _talent.Smtp.Messages().Count > before);
        await Task.Delay(500);
        Assert.Equal(before + 1, _talent.Smtp.Messages().Count);
    }

    private static readonly Encoding CodePages = GetWindows1252();

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
