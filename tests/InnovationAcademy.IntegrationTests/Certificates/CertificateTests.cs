using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.Services;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Notifications.Models;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace InnovationAcademy.IntegrationTests.Certificates;

[Trait("Category", "Data")]
public sealed class CertificateTests : IAsyncLifetime
{
    private CertificateSite _site = null!;

    public async Task InitializeAsync() => _site = await CertificateSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Completing_the_course_issues_one_certificate_even_when_the_event_comes_again_on_many_requests_at_once()
    {
        using var ana = await _site.LearnerAsync();
        Assert.Empty(await _site.CertificatesAsync());
        Assert.Contains("Aún no tienes certificados", (await ana.GetPageAsync("/my/certificates")).QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);

        await CertificateSite.CompleteAsync(ana);
        var certificate = Assert.Single(await _site.CertificatesAsync());
        Assert.Equal(CertificateSite.AnaName, certificate.LearnerName);
        Assert.Equal(22, certificate.Hours);
        Assert.Equal("Laboratorio de Innovación Pública", certificate.IssuerName);
        Assert.Equal("Elena Robles Ibáñez", certificate.SignatoryName);
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$", certificate.Code);
        var mail = await _site.Site.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.To == "ana@test.localhost" && m.Subject.StartsWith("Tu certificado")));
        Assert.Contains($"http://localhost/certificates/verify/{certificate.Code}", mail.TextBody, StringComparison.Ordinal);

        // The event again, eight times at once, as from several nodes: still one certificate.
        var enrollment = await _site.Site.WithDbAsync(db => db.Set<Enrollment>().SingleAsync(e => db.Set<Course>().Any(c => c.Id == e.CourseId && c.Slug == CertificateSite.Slug)));
        var repeated = new EnrollmentEvent(enrollment.Id, enrollment.CourseId, enrollment.UserId, enrollment.CompletedUtc);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _site.Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<CourseCertificates>().CourseCompletedAsync(repeated, CancellationToken.None);
            return true;
        })));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ana.Http.GetAsync("/my/certificates")));
        Assert.Equal(certificate.Code, Assert.Single(await _site.CertificatesAsync()).Code);

        var page = await ana.GetPageAsync("/my/certificates");
        Assert.NotNull(page.QuerySelector($"a[href='/my/certificates/{certificate.Code}/pdf']"));
        Assert.Equal("http://localhost/certificates/verify/" + certificate.Code, page.QuerySelector("input[readonly]")!.GetAttribute("value"));
        var share = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("perfil profesional", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.StartsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Innovaci%C3%B3n%20p%C3%BAblica", share, StringComparison.Ordinal);
        Assert.Contains("certId=" + certificate.Code, share, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_certificate_without_completion_nor_for_a_course_that_grants_none()
    {
        using var beto = await _site.LearnerAsync("beto@test.localhost", CertificateSite.NoCertificate);
        await CertificateSite.CompleteAsync(beto, CertificateSite.NoCertificate, CertificateSite.OtherLesson);
        Assert.NotNull(await _site.Site.WithDbAsync(db => db.Set<Enrollment>().Select(e => e.CompletedUtc).SingleAsync()));
        await beto.EnrolAsync(CertificateSite.Slug);
        Assert.Empty(await _site.CertificatesAsync());
        Assert.Contains("Completa el curso para obtener un certificado de 22 horas", (await beto.GetPageAsync($"/courses/{CertificateSite.Slug}")).QuerySelector(".certificate-promise")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await beto.GetPageAsync($"/courses/{CertificateSite.NoCertificate}")).QuerySelector(".certificate-promise"));
    }

    [Fact]
    public async Task The_pdf_prints_name_course_hours_and_code_with_accents_and_its_qr_code_reads_as_the_verification_address()
    {
        using var ana = await _site.LearnerAsync();
        await CertificateSite.CompleteAsync(ana);
        var code = Assert.Single(await _site.CertificatesAsync()).Code;

        var response = await ana.Http.GetAsync($"/my/certificates/{code}/pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"certificado-ana-nunez-pena-{code}.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var pdf = PdfDocument.Open(bytes))
        {
            var page = Assert.Single(pdf.GetPages());
            Assert.NotEqual("Innovation Academy", pdf.Information.Creator);
            Assert.True(page.Width > page.Height, "the certificate is landscape");
            Assert.Equal(842, Math.Round(page.Width));
            var text = string.Join(" ", page.GetWords().Select(w => w.Text));
            Assert.Contains("Ana Núñez Peña", text, StringComparison.Ordinal);
            Assert.Contains("Innovación pública y social: conceptos y herramientas", text, StringComparison.Ordinal);
            Assert.Contains("con 22 horas de aprendizaje", text, StringComparison.Ordinal);
            Assert.Contains(code, text, StringComparison.Ordinal);
            Assert.Contains("Elena Robles Ibáñez", text, StringComparison.Ordinal);
            Assert.All(page.Letters.Select(l => l.FontName).Distinct(), font => Assert.Contains("DejaVu", font, StringComparison.Ordinal));
        }

        // As a phone camera would: the page as an image, then its QR code read by a real decoder.
        var folder = Directory.CreateTempSubdirectory("ia-pdf-").FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "certificate.pdf"), bytes);
        await CertificateSite.RunAsync("pdftoppm", "-png", "-r", "150", "-singlefile", Path.Combine(folder, "certificate.pdf"), Path.Combine(folder, "page"));
        var decoded = await CertificateSite.RunAsync("zbarimg", "--raw", "-q", Path.Combine(folder, "page.png"));
        Assert.Equal($"http://localhost/certificates/verify/{code}", decoded.Trim());

        // Another learner's certificate is not found, as one that does not exist.
        using var beto = _site.Site.CreateSiteClient();
        await beto.SignInAsync("beto@test.localhost", AcademySiteFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await beto.Http.GetAsync($"/my/certificates/{code}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beto.Http.GetAsync($"/my/certificates/{code}/credential")).StatusCode);
    }

    [Fact]
    public async Task Anyone_verifies_a_code_by_page_and_json_and_unknown_codes_are_404_in_the_same_time()
    {
        using var ana = await _site.LearnerAsync();
        await CertificateSite.CompleteAsync(ana);
        var issued = Assert.Single(await _site.CertificatesAsync());
        var code = issued.Code;
        using var visitor = _site.Site.CreateSiteClient();

        var page = await visitor.GetPageAsync($"/certificates/verify/{code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)}");
        Assert.Contains("Certificado válido", page.QuerySelector(".verdict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(CertificateSite.AnaName, page.QuerySelectorAll(".certificate-facts dd")[0].TextContent);
        Assert.DoesNotContain("ana@test.localhost", page.Body!.InnerHtml, StringComparison.Ordinal);

        var json = JsonNode.Parse(await visitor.Http.GetStringAsync($"/api/certificates/{code}"))!.AsObject();
        Assert.Equal(code, (string?)json["code"]);
        Assert.Equal("valid", (string?)json["status"]);
        Assert.Equal(CertificateSite.AnaName, (string?)json["learnerName"]);
        Assert.Equal(CertificateSite.Title, (string?)json["course"]);
        Assert.Equal(22, (decimal)json["hours"]!);
        // The day it was issued where the learner lives (in Lima the evening is already tomorrow in UTC).
        Assert.Equal(LocalDay(issued.TimeZoneId, issued.IssuedUtc), (string?)json["issuedOn"]);
        Assert.Equal("Laboratorio de Innovación Pública", (string?)json["issuer"]);
        Assert.Null(json["revokedOn"]);
        Assert.DoesNotContain(json, p => p.Key.Contains("mail", StringComparison.OrdinalIgnoreCase));

        var unknown = "ZZZZ-ZZZZ-ZZZZ-ZZZZ";
        var missingPage = await visitor.Http.GetAsync($"/certificates/verify/{unknown}");
        Assert.Equal(HttpStatusCode.NotFound, missingPage.StatusCode);
        Assert.Contains("Ningún certificado tiene este código", await missingPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync($"/api/certificates/{unknown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/api/certificates/<script>")).StatusCode);

        // Timing: both answers wait for the same floor, so the difference is noise, not a database miss.
        var known = new List<double>();
        var missing = new List<double>();
        for (var i = 0; i < 12; i++)
        {
            known.Add(await TimeAsync(visitor, $"/api/certificates/{code}"));
            missing.Add(await TimeAsync(visitor, $"/api/certificates/{unknown}"));
        }

        Assert.True(missing.Min() >= 35, $"an unknown code answered in {missing.Min()} ms");
        Assert.True(Math.Abs(Median(known) - Median(missing)) < 15, $"known {Median(known)} ms, unknown {Median(missing)} ms");
    }

    [Fact]
    public async Task Verification_is_rate_limited_per_client()
    {
        await using var limited = await CertificateSite.StartAsync(new Dictionary<string, string?> { ["RateLimiting:VerificationPermitsPerMinute"] = "3" });
        using var visitor = limited.Site.CreateSiteClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await visitor.Http.GetAsync("/api/certificates/ZZZZ-ZZZZ-ZZZZ-ZZZZ")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_revoked_certificate_says_so_and_since_when_everywhere_and_its_reason_stays_internal()
    {
        using var ana = await _site.LearnerAsync();
        await CertificateSite.CompleteAsync(ana);
        var code = Assert.Single(await _site.CertificatesAsync()).Code;
        using var admin = await RecipeTests.AdminAsync(_site.Site);
        var detail = $"/admin/certificates/{code}";

        var noReason = await admin.SubmitFormAsync(detail, [new("reason", " ")], $"{detail}/revoke");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(CertificateStatus.Valid, Assert.Single(await _site.CertificatesAsync()).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(detail, [new("reason", "Plagio en el trabajo final <b>confirmado</b>")], $"{detail}/revoke")).StatusCode);
        var revoked = Assert.Single(await _site.CertificatesAsync());
        Assert.Equal(CertificateStatus.Revoked, revoked.Status);

        using var visitor = _site.Site.CreateSiteClient();
        var page = await visitor.GetPageAsync($"/certificates/verify/{code}");
        Assert.Contains("Revocado el", page.QuerySelector(".verdict")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Plagio", page.Body!.InnerHtml, StringComparison.Ordinal);
        var json = JsonNode.Parse(await visitor.Http.GetStringAsync($"/api/certificates/{code}"))!;
        Assert.Equal("revoked", (string?)json["status"]);
        Assert.Equal(LocalDay(revoked.TimeZoneId, revoked.RevokedUtc!.Value), (string?)json["revokedOn"]);
        Assert.DoesNotContain("Plagio", json.ToJsonString(), StringComparison.Ordinal);

        var mine = await ana.GetPageAsync("/my/certificates");
        Assert.Contains("Revocado el", mine.QuerySelector(".certificate-card.revoked")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.Http.GetAsync($"/my/certificates/{code}/credential")).StatusCode);

        var audit = await _site.Site.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Action == "certificate.revoked"));
        Assert.Contains("Plagio", audit.Details, StringComparison.Ordinal);
        Assert.Equal(AcademySiteFactory.AdminEmail, audit.ActorName);
    }

    [Fact]
    public async Task After_a_name_correction_a_reissue_prints_the_new_name_and_the_old_code_says_replaced_by()
    {
        using var ana = await _site.LearnerAsync();
        await CertificateSite.CompleteAsync(ana);
        var old = Assert.Single(await _site.CertificatesAsync()).Code;
        await _site.Site.WithDbAsync(async db =>
        {
            var user = await db.Set<AcademyUser>().SingleAsync(u => u.Email == "ana@test.localhost");
            user.DisplayName = "Ana María Núñez Peña";
            return await db.SaveChangesAsync();
        });

        using var admin = await RecipeTests.AdminAsync(_site.Site);
        var detail = await admin.GetPageAsync($"/admin/certificates/{old}");
        Assert.Contains("Ana María Núñez Peña", detail.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/admin/certificates/{old}", [new("reason", "Nombre completo corregido")], $"/admin/certificates/{old}/reissue")).StatusCode);

        var all = await _site.CertificatesAsync();
        Assert.Equal(2, all.Count);
        var replacement = all.Single(c => c.Status == CertificateStatus.Valid);
        Assert.Equal("Ana María Núñez Peña", replacement.LearnerName);
        Assert.Equal(all[0].CompletedOn, replacement.CompletedOn);

        var json = JsonNode.Parse(await _site.Site.CreateSiteClient().Http.GetStringAsync($"/api/certificates/{old}"))!;
        Assert.Equal("replaced", (string?)json["status"]);
        Assert.Equal(replacement.Code, (string?)json["replacedBy"]);
        var oldPage = await _site.Site.CreateSiteClient().GetPageAsync($"/certificates/verify/{old}");
        Assert.NotNull(oldPage.QuerySelector($"a[href='/certificates/verify/{replacement.Code}']"));

        // The learner sees only the current one, and its PDF prints the corrected name.
        var mine = await ana.GetPageAsync("/my/certificates");
        Assert.Single(mine.QuerySelectorAll(".certificate-card"));
        using var pdf = PdfDocument.Open(await ana.Http.GetByteArrayAsync($"/my/certificates/{replacement.Code}/pdf"));
        Assert.Contains("Ana María Núñez Peña", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_issues_by_hand_with_a_reason_and_the_issue_is_audited()
    {
        using var admin = await RecipeTests.AdminAsync(_site.Site);
        var refused = await admin.SubmitFormAsync("/admin/certificates/issue", [new("course", CertificateSite.Slug), new("email", "nadie@test.localhost"), new("reason", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var form = await SiteClient.ParseAsync(refused);
        Assert.Contains("Ninguna cuenta", form.QuerySelector("#email ~ .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector("#reason ~ .field-error"));

        var issued = await admin.SubmitFormAsync("/admin/certificates/issue", [new("course", CertificateSite.Slug), new("email", "BETO@test.localhost"), new("reason", "Reconocimiento de un curso presencial equivalente")]);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var certificate = Assert.Single(await _site.CertificatesAsync());
        Assert.Equal("Beto Quispe", certificate.LearnerName);
        Assert.Equal(AcademySiteFactory.AdminEmail, certificate.IssuedBy);
        var audit = await _site.Site.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Action == "certificate.issued"));
        Assert.Equal(AcademySiteFactory.AdminEmail, audit.ActorName);

        var twice = await admin.SubmitFormAsync("/admin/certificates/issue", [new("course", CertificateSite.Slug), new("email", "beto@test.localhost"), new("reason", "Otra vez")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Single(await _site.CertificatesAsync());

        // Learners never reach the administration.
        using var ana = await _site.LearnerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.Http.GetAsync("/admin/certificates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.Http.GetAsync($"/admin/certificates/{certificate.Code}")).StatusCode);
    }

    [Fact]
    public async Task The_open_badges_credential_verifies_with_the_published_keys_fails_when_a_byte_changes_and_survives_a_key_rotation()
    {
        using var ana = await _site.LearnerAsync();
        await CertificateSite.CompleteAsync(ana);
        var code = Assert.Single(await _site.CertificatesAsync()).Code;
        var response = await ana.Http.GetAsync($"/my/certificates/{code}/credential");
        Assert.Equal("application/vc+jwt", response.Content.Headers.ContentType!.MediaType);
        var jwt = await response.Content.ReadAsStringAsync();

        using var visitor = _site.Site.CreateSiteClient();
        var keys = JsonNode.Parse(await visitor.Http.GetStringAsync("/.well-known/jwks.json"))!["keys"]!.AsArray();
        Assert.True(Verifies(jwt, keys), "the credential's signature checks out with the published key");

        var payload = JsonNode.Parse(WebEncoders.Base64UrlDecode(jwt.Split('.')[1]))!;
        Assert.Equal(["VerifiableCredential", "AchievementCredential"], payload["type"]!.AsArray().Select(t => (string?)t));
        Assert.Contains("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", payload["@context"]!.AsArray().Select(c => (string?)c));
        Assert.Equal("http://localhost/api/certificates/issuer", (string?)payload["iss"]);
        Assert.Equal($"http://localhost/certificates/verify/{code}", (string?)payload["jti"]);
        Assert.Equal("Laboratorio de Innovación Pública", (string?)payload["issuer"]!["name"]);
        Assert.Equal(CertificateSite.AnaName, (string?)payload["credentialSubject"]!["name"]);
        var achievement = payload["credentialSubject"]!["achievement"]!;
        Assert.Equal(CertificateSite.Title, (string?)achievement["name"]);
        Assert.Equal(22, (decimal)achievement["creditsAvailable"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)achievement["criteria"]!["narrative"]));

        // One byte changed in the payload: the signature no longer holds, here and on the site's own check.
        var parts = jwt.Split('.');
        var bytes = WebEncoders.Base64UrlDecode(parts[1]);
        var at = Encoding.UTF8.GetString(bytes).IndexOf("Ana", StringComparison.Ordinal);
        bytes[at] = (byte)'E';
        var tampered = parts[0] + "." + WebEncoders.Base64UrlEncode(bytes) + "." + parts[2];
        Assert.False(Verifies(tampered, keys));
        var tamperedCheck = await visitor.SubmitFormAsync("/certificates/verify", [new("credential", tampered)], "/certificates/verify");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tamperedCheck.StatusCode);
        Assert.Contains("no es auténtica", (await SiteClient.ParseAsync(tamperedCheck)).QuerySelector(".credential-check")!.TextContent, StringComparison.Ordinal);

        var genuine = await SiteClient.ParseAsync(await visitor.SubmitFormAsync("/certificates/verify", [new("credential", jwt)], "/certificates/verify"));
        Assert.Contains("es auténtica", genuine.QuerySelector(".credential-check")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Certificado válido", genuine.QuerySelector(".verdict")!.TextContent, StringComparison.Ordinal);

        // A new key signs from now on; the old credential still verifies with the published set.
        using var admin = await RecipeTests.AdminAsync(_site.Site);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PressButtonAsync("/admin/certificates/settings", "/admin/certificates/settings/rotate-key")).StatusCode);
        var rotated = JsonNode.Parse(await visitor.Http.GetStringAsync("/.well-known/jwks.json"))!["keys"]!.AsArray();
        Assert.Equal(2, rotated.Count);
        Assert.True(Verifies(jwt, rotated));
        var newer = await ana.Http.GetStringAsync($"/my/certificates/{code}/credential");
        Assert.NotEqual(Header(jwt)["kid"]!.ToString(), Header(newer)["kid"]!.ToString());
        Assert.True(Verifies(newer, rotated));
    }

    [Fact]
    public async Task Administrators_search_filter_export_and_download_a_courses_pdfs()
    {
        using var ana = await _site.LearnerAsync();
        await CertificateSite.CompleteAsync(ana);
        var code = Assert.Single(await _site.CertificatesAsync()).Code;
        using var admin = await RecipeTests.AdminAsync(_site.Site);

        // Accents and case as typed: with or without them, both ways.
        foreach (var typed in new[] { "Núñez", "nunez", "NUNEZ", "núñez" })
        {
            Assert.Single((await admin.GetPageAsync("/admin/certificates?q=" + Uri.EscapeDataString(typed))).QuerySelectorAll(".certificates-table tbody tr"));
        }

        Assert.Single((await admin.GetPageAsync($"/admin/certificates?q={code.ToLowerInvariant()}")).QuerySelectorAll(".certificates-table tbody tr"));
        Assert.Empty((await admin.GetPageAsync("/admin/certificates?status=Revoked")).QuerySelectorAll(".certificates-table tbody tr"));
        Assert.Contains("Ningún certificado coincide", (await admin.GetPageAsync("/admin/certificates?status=Revoked")).QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);

        var csv = Encoding.UTF8.GetString(await admin.Http.GetByteArrayAsync("/admin/certificates/export?status=Valid"));
        Assert.Contains($"{code},valid,{CertificateSite.AnaName},ana@test.localhost,", csv, StringComparison.Ordinal);
        var sheet = await Workbook.RowsAsync(await admin.Http.GetAsync("/admin/certificates/export?status=Valid&format=xlsx"));
        Assert.Equal(("Válido", code), (sheet[0]["Estado"], sheet[0]["Código"]));
        Assert.IsType<DateTime>(sheet[0]["Emitido el"]);

        var zipResponse = await admin.Http.GetAsync($"/admin/courses/{CertificateSite.Slug}/certificates.zip");
        Assert.Equal("application/zip", zipResponse.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync());
        var entry = Assert.Single(zip.Entries);
        Assert.Equal($"certificado-ana-nunez-pena-{code}.pdf", entry.Name);
    }

    [Fact]
    public async Task Templates_are_checked_previewed_and_survive_hostile_liquid()
    {
        using var admin = await RecipeTests.AdminAsync(_site.Site);
        var url = $"/admin/courses/{CertificateSite.Slug}/certificate";
        var editor = await admin.GetPageAsync(url);
        Assert.StartsWith("data:image/png;base64,", editor.QuerySelector("img.certificate-preview")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("{{ learner.name }}", editor.QuerySelector("#template")!.TextContent, StringComparison.Ordinal);

        var broken = await admin.SubmitFormAsync(url, [new("template", "# Hola {{ learner.name ")], url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Contains("no es Liquid válido", (await SiteClient.ParseAsync(broken)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        // A loop that would hold the server is refused before it is saved.
        var endless = "# Certificado\n{% for i in (1..100000000) %}{{ i }}{% endfor %}\n## {{ learner.name }}\n[signature]";
        var loop = await admin.SubmitFormAsync(url, [new("template", endless)], url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, loop.StatusCode);
        Assert.Contains("bucles", (await SiteClient.ParseAsync(loop)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        // A limit met while the template runs is explained in the page's language, with its numbers written the same way.
        var doubling = "# Certificado\n{% assign a = 'xxxxxxxxxx' %}" + string.Concat(Enumerable.Repeat("{% assign a = a | append: a %}", 25)) + "{{ a }}\n[signature]";
        var limit = await admin.SubmitFormAsync(url, [new("template", doubling)], url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, limit.StatusCode);
        var reason = (await SiteClient.ParseAsync(limit)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Matches(@"supera un límite: .+ caracteres; como mucho 5,000\.", reason);
        Assert.DoesNotContain("would", reason, StringComparison.Ordinal);

        // A template of the administrators' own, and markup in the learner's name: the PDF prints the name as text.
        var own = "# Constancia\n{{ issuer.name | upcase }} hace constar que\n## {{ learner.name }}\nha completado {{ course.title }} ({{ course.hours }} h).\n[signature]";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(url, [new("template", own)], url)).StatusCode);
        await _site.Site.WithDbAsync(async db =>
        {
            var user = await db.Set<AcademyUser>().SingleAsync(u => u.Email == "ana@test.localhost");
            user.DisplayName = "<script>alert(1)</script> Ana";
            return await db.SaveChangesAsync();
        });
        using var ana = await _site.LearnerAsync();
        await CertificateSite.CompleteAsync(ana);
        var code = Assert.Single(await _site.CertificatesAsync()).Code;
        using var pdf = PdfDocument.Open(await ana.Http.GetByteArrayAsync($"/my/certificates/{code}/pdf"));
        var text = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Constancia", text, StringComparison.Ordinal);
        Assert.Contains("LABORATORIO DE INNOVACIÓN PÚBLICA hace constar que", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        var page = await _site.Site.CreateSiteClient().Http.GetStringAsync($"/certificates/verify/{code}");
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Ana", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_issuers_logo_is_checked_by_its_content_and_printed_on_the_pdf()
    {
        using var admin = await RecipeTests.AdminAsync(_site.Site);
        var fake = await UploadLogoAsync(admin, Encoding.UTF8.GetBytes("<svg onload=alert(1)>"), "logo.png");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fake.StatusCode);
        Assert.Contains("PNG o JPEG", (await SiteClient.ParseAsync(fake)).QuerySelector("#logo ~ .field-error")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await UploadLogoAsync(admin, SmallPng(), "logo.png")).StatusCode);
        using var ana = await _site.LearnerAsync();
        await CertificateSite.CompleteAsync(ana);
        var code = Assert.Single(await _site.CertificatesAsync()).Code;
        using var pdf = PdfDocument.Open(await ana.Http.GetByteArrayAsync($"/my/certificates/{code}/pdf"));
        Assert.Single(pdf.GetPage(1).GetImages());
    }

    private static async Task<HttpResponseMessage> UploadLogoAsync(SiteClient admin, byte[] bytes, string name)
    {
        var page = await admin.GetPageAsync("/admin/certificates/settings");
        var form = page.QuerySelector("form[action='/admin/certificates/settings']")!;
        using var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[name]:not([type=file]):not([type=checkbox])"))
        {
            content.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        }

        content.Add(new ByteArrayContent(bytes), "logo", name);
        return await admin.Http.PostAsync("/admin/certificates/settings", content);
    }

    /// <summary>A 40×20 blue PNG, made with the same library the site draws with.</summary>
    private static byte[] SmallPng()
    {
        using var bitmap = new SkiaSharp.SKBitmap(40, 20);
        bitmap.Erase(new SkiaSharp.SKColor(0x0b, 0x5c, 0xad));
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static JsonNode Header(string jwt) => JsonNode.Parse(WebEncoders.Base64UrlDecode(jwt.Split('.')[0]))!;

    /// <summary>Checks an ES256 JWT with the published JSON Web Keys, without the site's own code.</summary>
    private static bool Verifies(string jwt, JsonArray keys)
    {
        var parts = jwt.Split('.');
        var kid = (string?)Header(jwt)["kid"];
        var jwk = keys.Single(k => (string?)k!["kid"] == kid)!;
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = WebEncoders.Base64UrlDecode((string)jwk["x"]!), Y = WebEncoders.Base64UrlDecode((string)jwk["y"]!) },
        });
        return ecdsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), WebEncoders.Base64UrlDecode(parts[2]), HashAlgorithmName.SHA256);
    }

    private static async Task<double> TimeAsync(SiteClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.Http.GetAsync(url);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string LocalDay(string zoneId, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(zoneId)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
