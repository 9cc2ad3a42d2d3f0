using System.Text;
using System.Text.Json.Nodes;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Notifications.Models;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.Enrollments;

/// <summary>Bulk CSV import with its preview, the CSV export, messages to learners and the Enrollments recipe step.</summary>
[Trait("Category", "Data")]
public sealed class EnrollmentImportTests : IAsyncLifetime
{
    private const string ImportUrl = $"/admin/courses/{EnrollmentSite.Slug}/enrollments/import";

    private EnrollmentSite _site = null!;

    static EnrollmentImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task InitializeAsync() => _site = await EnrollmentSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("windows-1252")]
    public async Task A_spreadsheet_file_is_previewed_with_each_bad_line_named_and_imports_with_spanish_names_intact(string encoding)
    {
        using (var ana = await _site.SignInAsync("ana@test.localhost"))
        {
            await ana.EnrolAsync(EnrollmentSite.Slug);
        }

        // As a Spanish spreadsheet saves it: semicolons, Spanish headers.
        var csv = string.Join("\r\n",
            "Correo electrónico;Nombre;Idioma",
            "jose.pena@test.localhost;José Peña;es",
            "maria.nunez@test.localhost;María Núñez Ibáñez;",
            "no-es-un-correo;Persona Sin Correo;es",
            "jose.pena@test.localhost;José Peña otra vez;es",
            "ana@test.localhost;Ana Núñez;es",
            "sinnombre@test.localhost;;es",
            "beto@test.localhost;;en",
            "");
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)],
            "utf-8" => Encoding.UTF8.GetBytes(csv),
            _ => Encoding.GetEncoding(1252).GetBytes(csv),
        };

        var (preview, previewUrl) = await UploadAsync(bytes, "alumnado.csv");
        var facts = preview.QuerySelectorAll(".facts dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["alumnado.csv", "7", "3", "4", "2"], facts);
        var problems = preview.QuerySelectorAll(".import-problems tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .ToDictionary(cells => cells[0], cells => cells[3]);
        Assert.Equal("No es una dirección de correo", problems["4"]);
        Assert.Equal("Repetido en el archivo", problems["5"]);
        Assert.Equal("Ya inscrita", problems["6"]);
        Assert.Equal("Falta el nombre para una cuenta nueva", problems["7"]);

        // All or nothing: nothing happens while a line is bad.
        var refused = await _site.Manager.SubmitFormAsync(previewUrl, [new("mode", "all-or-nothing")], previewUrl);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("No se ha importado nada", (await SiteClient.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await _site.Site.WithDbAsync(db => db.Set<Enrollment>().CountAsync()));

        // Valid lines only: three enrolled, two of them new accounts with their names as written.
        var imported = await _site.Manager.SubmitFormAsync(previewUrl, [new("mode", "valid-rows")], previewUrl);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var names = await _site.Site.WithDbAsync(db => db.Set<Enrollment>().Where(e => e.Status == EnrollmentStatus.Active).Join(db.Set<AcademyUser>(), e => e.UserId, u => u.Id, (e, u) => u.DisplayName).OrderBy(n => n).ToListAsync());
        Assert.Equal(["Ana Núñez", "Beto Peña", "José Peña", "María Núñez Ibáñez"], names);
        var jose = await _site.Site.WithDbAsync(db => db.Set<AcademyUser>().SingleAsync(u => u.Email == "jose.pena@test.localhost"));
        Assert.True(jose.EmailConfirmed);
        Assert.Null(jose.PasswordHash);

        // New accounts are invited to choose a password; existing ones are told they are enrolled.
        var invitation = await _site.Smtp.WaitForMessageAsync("maria.nunez@test.localhost");
        Assert.Contains("María Núñez Ibáñez", invitation.TextBody, StringComparison.Ordinal);
        var link = invitation.TextBody!.Split('\n').First(l => l.Contains("/account/reset-password?", StringComparison.Ordinal)).Trim();
        using var maria = _site.Site.CreateSiteClient();
        await EnrollmentSite.ExpectRedirectAsync(maria.SubmitFormAsync(new Uri(link).PathAndQuery, [new("Password", "clave-de-maria-1"), new("ConfirmPassword", "clave-de-maria-1")]));
        await maria.SignInAsync("maria.nunez@test.localhost", "clave-de-maria-1");
        Assert.Equal(HttpStatusCode.OK, (await maria.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);
        Assert.Equal("You have been enrolled in \"Curso de prueba\"", (await _site.Smtp.WaitForMessageAsync("beto@test.localhost")).Subject);

        // The file is gone once imported: confirming again says so.
        var again = await _site.Manager.PostFormAsync(previewUrl, [new("mode", "valid-rows")], preview.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(4, await _site.Site.WithDbAsync(db => db.Set<Enrollment>().CountAsync()));
    }

    [Fact]
    public async Task A_new_learners_name_on_several_lines_is_refused_in_the_preview_and_a_clean_file_asks_no_question()
    {
        var (preview, _) = await UploadAsync(Encoding.UTF8.GetBytes("email,name\r\neve@test.localhost,\"Eve\r\nBcc: z@z.example\"\r\nrtl@test.localhost,Ana\u202Eevil\r\n"), "nombres.csv");
        var problems = preview.QuerySelectorAll(".import-problems tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent.Trim()).ToList();
        Assert.Equal(["Nombre en varias líneas o con caracteres de control", "Nombre en varias líneas o con caracteres de control"], problems);

        var (clean, _) = await UploadAsync(Encoding.UTF8.GetBytes("email,name\r\njose.pena@test.localhost,José Peña\r\n"), "limpio.csv");
        Assert.Empty(clean.QuerySelectorAll("input[type=radio][name=mode]"));
        Assert.Equal("valid-rows", clean.QuerySelector("input[type=hidden][name=mode]")!.GetAttribute("value"));
        Assert.Contains("La línea es válida.", clean.QuerySelector("main form.form")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_files_are_refused_at_the_file_field()
    {
        foreach (var (content, message) in new[]
        {
            ("", "Elige un archivo CSV"),
            ("nombre;apellidos\r\nAna;Núñez\r\n", "La primera línea debe nombrar las columnas"),
            ("email,name\r\n", "solo la cabecera"),
        })
        {
            var response = await PostFileAsync(Encoding.UTF8.GetBytes(content), "malo.csv");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains(message, (await SiteClient.ParseAsync(response)).QuerySelector("#file-error")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(0, await _site.Site.WithDbAsync(db => db.Set<ImportBatch>().CountAsync()));
    }

    [Fact]
    public async Task The_export_lists_each_learner_with_status_progress_modules_and_completion_date()
    {
        using var ana = await _site.SignInAsync("ana@test.localhost");
        await ana.EnrolAsync(EnrollmentSite.Slug);
        foreach (var lesson in new[] { EnrollmentSite.Lesson1, EnrollmentSite.Lesson2, EnrollmentSite.Lesson3 })
        {
            await EnrollmentSite.ExpectRedirectAsync(ana.PressButtonAsync(EnrollmentSite.LessonUrl(lesson), $"/my/courses/{EnrollmentSite.Slug}/lessons/{lesson}/complete"));
        }

        using var beto = await _site.SignInAsync("beto@test.localhost");
        await beto.EnrolAsync(EnrollmentSite.Slug);
        await EnrollmentSite.ExpectRedirectAsync(beto.PressButtonAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1), $"/my/courses/{EnrollmentSite.Slug}/lessons/{EnrollmentSite.Lesson1}/complete"));

        // A learner's chosen name that a spreadsheet would run as a formula.
        await _site.Site.WithDbAsync(async db =>
        {
            var carla = await db.Set<AcademyUser>().SingleAsync(u => u.Email == "carla@test.localhost");
            carla.DisplayName = "=HYPERLINK(\"http://evil.example\")";
            return await db.SaveChangesAsync();
        });
        using var carlaClient = await _site.SignInAsync("carla@test.localhost");
        await carlaClient.EnrolAsync(EnrollmentSite.Slug);

        var response = await _site.Manager.Http.GetAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments/export");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("email,name,status,progress_percent,completed_modules,completed_on", lines[0]);
        Assert.Equal($"ana@test.localhost,Ana Núñez,completed,100,2,{DateTime.UtcNow:yyyy-MM-dd}", lines[1]);
        Assert.Equal("beto@test.localhost,Beto Peña,active,33,0,", lines[2]);
        Assert.StartsWith("carla@test.localhost,\"'=HYPERLINK", lines[3], StringComparison.Ordinal);

        var filtered = await _site.Manager.Http.GetStringAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments/export?status=completed");
        Assert.Equal(2, filtered.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // The workbook is for people: Spanish headers and statuses, progress as a number, the completion day as a date.
        var workbook = await _site.Manager.Http.GetAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);
        var xlsx = await workbook.Content.ReadAsByteArrayAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Correo electrónico", "Nombre", "Estado", "Progreso (%)", "Módulos completados", "Completado el", "Última actividad"], rows[0].Keys);
        Assert.Equal("Completado", rows[0]["Estado"]);
        Assert.Equal(100d, Convert.ToDouble(rows[0]["Progreso (%)"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.IsType<DateTime>(rows[0]["Completado el"]);
        Assert.Equal("En curso", rows[1]["Estado"]);
        Assert.Null(rows[1]["Completado el"]);
        // A name that looks like a formula stays text: the sheet holds no formula at all.
        Assert.Equal("=HYPERLINK(\"http://evil.example\")", rows[2]["Nombre"]);
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        var sheetXml = new StreamReader(archive.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        Assert.DoesNotContain("<x:f>", sheetXml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", sheetXml, StringComparison.Ordinal);
        // Only rows inside the sheet's data, as the OOXML schema says (else Excel offers to "repair" the file).
        var data = sheetXml[sheetXml.IndexOf("<x:sheetData>", StringComparison.Ordinal)..sheetXml.IndexOf("</x:sheetData>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<x:drawing", data, StringComparison.Ordinal);
        List<string> tags = ["<x:sheetData>", "<x:autoFilter", "<x:drawing"];
        var schemaOrder = tags.Select(tag => sheetXml.IndexOf(tag, StringComparison.Ordinal)).Where(i => i >= 0).ToList();
        Assert.Equal(schemaOrder.Order(), schemaOrder);
    }

    [Fact]
    public async Task A_message_goes_through_the_outbox_to_the_filtered_learners_only()
    {
        using var ana = await _site.SignInAsync("ana@test.localhost");
        await ana.EnrolAsync(EnrollmentSite.Slug);
        await _site.SettingsAsync("Approval");
        using var beto = await _site.SignInAsync("beto@test.localhost");
        await beto.EnrolAsync(EnrollmentSite.Slug);

        var url = $"/admin/courses/{EnrollmentSite.Slug}/enrollments/message?status=active";
        var form = await _site.Manager.GetPageAsync(url);
        Assert.Contains("llegará a 1 persona de", form.QuerySelector("#recipients")!.TextContent, StringComparison.Ordinal);
        var empty = await _site.Manager.SubmitFormAsync(url, [new("Subject", ""), new("Body", "")], url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.NotEmpty((await SiteClient.ParseAsync(empty)).QuerySelector("span[data-valmsg-for=Subject]")!.TextContent.Trim());

        await EnrollmentSite.ExpectRedirectAsync(_site.Manager.SubmitFormAsync(url, [new("Subject", "Sesión en directo el jueves"), new("Body", "Nos vemos a las 18:00.\n<script>alert(1)</script>")], url));
        var message = await _site.Smtp.WaitForMessageAsync("ana@test.localhost", m => m.Subject == "Sesión en directo el jueves");
        Assert.Contains("Nos vemos a las 18:00.", message.TextBody, StringComparison.Ordinal);
        var outbox = await _site.Site.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Subject == "Sesión en directo el jueves").Select(m => m.To).ToListAsync());
        Assert.Equal(["ana@test.localhost"], outbox);
    }

    [Fact]
    public async Task The_enrollments_step_imports_status_and_progress_and_exports_them_back()
    {
        var recipe = $$"""
            { "name": "learners", "steps": [ { "name": "Enrollments", "enrollments": [
              { "course": "{{EnrollmentSite.Slug}}", "email": "ana@test.localhost", "status": "active", "progress": ["{{EnrollmentSite.Lesson1}}", "{{EnrollmentSite.Lesson2}}"] },
              { "course": "{{EnrollmentSite.Slug}}", "email": "beto@test.localhost", "status": "pending" }
            ] } ] }
            """;
        using var admin = await RecipeTests.AdminAsync(_site.Site);
        Assert.Equal(HttpStatusCode.Redirect, (await RecipeTests.UploadAsync(admin, recipe, "learners.recipe.json")).StatusCode);
        using var ana = await _site.SignInAsync("ana@test.localhost");
        var page = await ana.GetPageAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson3));
        Assert.Equal("66", page.QuerySelector("#course-progress")!.GetAttribute("value"));
        Assert.Contains("module", _site.Events.Raised);

        var exported = JsonNode.Parse(await admin.Http.GetStringAsync("/admin/recipes/export"))!["steps"]!.AsArray()
            .Single(s => s!["name"]!.GetValue<string>() == "Enrollments")!["enrollments"]!.AsArray();
        Assert.Equal("pending", exported.Single(e => e!["email"]!.GetValue<string>() == "beto@test.localhost")!["status"]!.GetValue<string>());
        Assert.Equal(2, exported.Single(e => e!["email"]!.GetValue<string>() == "ana@test.localhost")!["progress"]!.AsArray().Count);

        // A lesson the course does not have names the enrolment at fault, and nothing of the recipe is kept.
        var bad = $$"""
            { "name": "bad", "steps": [ { "name": "Enrollments", "enrollments": [
              { "course": "{{EnrollmentSite.Slug}}", "email": "carla@test.localhost" },
              { "course": "{{EnrollmentSite.Slug}}", "email": "carla@test.localhost", "progress": ["{{Guid.Empty}}"] }
            ] } ] }
            """;
        var refused = await RecipeTests.UploadAsync(admin, bad, "bad.recipe.json");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("enrolment of carla@test.localhost in &#x27;curso-prueba&#x27;", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await _site.Site.WithDbAsync(db => db.Set<Enrollment>().AnyAsync(e => db.Set<AcademyUser>().Any(u => u.Id == e.UserId && u.Email == "carla@test.localhost"))));
    }

    private async Task<(AngleSharp.Dom.IDocument Page, string Url)> UploadAsync(byte[] bytes, string fileName)
    {
        var response = await PostFileAsync(bytes, fileName);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var url = response.Headers.Location!.OriginalString;
        return (await _site.Manager.GetPageAsync(url), url);
    }

    private async Task<HttpResponseMessage> PostFileAsync(byte[] bytes, string fileName)
    {
        var page = await _site.Manager.GetPageAsync(ImportUrl);
        var token = page.QuerySelector($"form[action='{ImportUrl}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        if (bytes.Length > 0)
        {
            content.Add(new ByteArrayContent(bytes), "file", fileName);
        }

        return await _site.Manager.Http.PostAsync(ImportUrl, content);
    }

    [Fact]
    public async Task An_import_confirmed_three_times_at_once_writes_its_history_once()
    {
        var csv = "email,name,language\r\njose.pena@test.localhost,José Peña,es\r\nmaria.nunez@test.localhost,María Núñez,es\r\n";
        var (preview, previewUrl) = await UploadAsync(Encoding.UTF8.GetBytes(csv), "a.csv");
        var token = preview.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _site.Manager.PostFormAsync(previewUrl, [new("mode", "valid-rows"), new("notify", "true")], token)));
        var changes = await _site.Site.WithDbAsync(db => db.Set<EnrollmentChange>().CountAsync(c => c.Action == "imported"));
        var audits = await _site.Site.WithDbAsync(db => db.Set<InnovationAcademy.Core.Audit.AuditEntry>().CountAsync(a => a.Action == "enrollment.imported"));
        Assert.DoesNotContain(responses, r => (int)r.StatusCode >= 500);
        Assert.Equal(2, changes);
        Assert.Equal(1, audits);
    }
}
