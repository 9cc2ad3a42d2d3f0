using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.Services;
using InnovationAcademy.Certificates.ViewModels;
using InnovationAcademy.Core.Export;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Certificates.Controllers;

/// <summary>
/// Certificates for administrators: search by name, code or course, filter by status, export CSV, download a
/// course's PDFs as a ZIP, and issue by hand, re-issue after a name correction or revoke, each with a reason.
/// </summary>
[Admin]
[Route("admin/certificates")]
internal sealed class AdminCertificatesController(
    IAuthorizationService authorization,
    AcademyDbContext db,
    IUserDirectory users,
    CourseLookup courses,
    ICourseDirectory directory,
    CertificateQueries queries,
    CertificateIssuer issuer,
    CourseCertificates courseCertificates,
    CourseCompletions completions,
    ISiteUrls urls,
    IStringLocalizer<AdminCertificatesController> T) : Controller
{
    [HttpGet("", Name = "Certificates.AdminCertificates.Index")]
    public async Task<IActionResult> Index(string? q, CertificateStatus? status, int? course, int page = 1)
    {
        if (!await AllowedAsync())
        {
            return this.Denied();
        }

        var filter = new CertificateFilter(q, status, course);
        return View(new AdminCertificatesViewModel
        {
            Filter = filter,
            Page = await queries.SearchAsync(filter, page, HttpContext.RequestAborted),
            Courses = await courses.AllAsync(HttpContext.RequestAborted),
        });
    }

    [HttpGet("export", Name = "Certificates.AdminCertificates.Export")]
    public async Task<IActionResult> Export(string? q, CertificateStatus? status, int? course, string? format)
    {
        if (!await AllowedAsync())
        {
            return this.Denied();
        }

        var filter = new CertificateFilter(q, status, course);
        if (format != "xlsx")
        {
            return File(await queries.CsvAsync(filter, HttpContext.RequestAborted), "text/csv; charset=utf-8", "certificates.csv");
        }

        // For people: the days that the certificates state (each in its own zone), the revocation in the reader's.
        var reader = ReaderTime.Of(HttpContext);
        var sheet = new Spreadsheet(T["Certificates"].Value,
            [T["Code"].Value, T["Status"].Value, T["Learner"].Value, T["E-mail"].Value, T["Title"].Value, T["Hours"].Value, T["Completed on"].Value, T["Issued on"].Value, T["Revoked"].Value, T["Replaced by"].Value]);
        foreach (var (certificate, email) in await queries.RowsAsync(filter, HttpContext.RequestAborted))
        {
            sheet.Add(certificate.Code, T[certificate.Status.ToString()].Value, certificate.LearnerName, email, certificate.Title, certificate.Hours,
                certificate.CompletedOn, certificate.IssuedOn, certificate.RevokedUtc is { } revoked ? reader.Local(revoked) : null, certificate.ReplacedByCode);
        }

        return File(await sheet.ToBytesAsync(HttpContext.RequestAborted), Spreadsheet.MediaType, "certificates.xlsx");
    }

    /// <summary>A course's valid certificates as one ZIP of PDFs (made in memory first: the archive's index is written last).</summary>
    [HttpGet("/admin/courses/{slug}/certificates.zip", Name = "Certificates.AdminCertificates.Zip")]
    [AdminCourse(nameof(Permissions.ManageCertificates))]
    public async Task<IActionResult> Zip(string slug, CourseRef course)
    {
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{slug}-certificates.zip\"";
        await using var body = new MemoryStream();
        await queries.ZipAsync(course.Id, body, HttpContext.RequestAborted);
        body.Position = 0;
        await body.CopyToAsync(Response.Body, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    [HttpGet("{code}", Name = "Certificates.AdminCertificates.Detail")]
    public async Task<IActionResult> Detail(string code)
    {
        if (!await AllowedAsync())
        {
            return this.Denied();
        }

        return await DetailViewAsync(code) is { } view ? view : NotFound();
    }

    [HttpPost("{code}/revoke", Name = "Certificates.AdminCertificates.Revoke")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(string code, string? reason)
    {
        if (!await AllowedAsync())
        {
            return this.Denied();
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
        {
            ModelState.AddModelError("revoke-reason", T["Say why the certificate is revoked (up to 1,000 characters). The reason stays internal."]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await DetailViewAsync(code) ?? NotFound();
        }

        var revoked = await issuer.RevokeAsync(code, reason, User.Identity!.Name!, HttpContext.RequestAborted);
        TempData["Message"] = revoked is null ? T["Only a valid certificate can be revoked."].Value : T["Certificate {0} revoked.", code].Value;
        return RedirectToRoute("Certificates.AdminCertificates.Detail", new { code });
    }

    [HttpPost("{code}/reissue", Name = "Certificates.AdminCertificates.Reissue")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reissue(string code, string? reason)
    {
        if (!await AllowedAsync())
        {
            return this.Denied();
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
        {
            ModelState.AddModelError("reissue-reason", T["Say why the certificate is issued again (up to 1,000 characters), e.g. the corrected name."]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await DetailViewAsync(code) ?? NotFound();
        }

        var replacement = await issuer.ReissueAsync(code, reason, User.Identity!.Name!, HttpContext.RequestAborted);
        if (replacement is null)
        {
            TempData["Message"] = T["Only a valid certificate can be issued again."].Value;
            return RedirectToRoute("Certificates.AdminCertificates.Detail", new { code });
        }

        TempData["Message"] = T["Issued again as {0}; {1} now says it was replaced.", replacement.Code, code].Value;
        return RedirectToRoute("Certificates.AdminCertificates.Detail", new { code = replacement.Code });
    }

    [HttpGet("issue", Name = "Certificates.AdminCertificates.Issue")]
    public async Task<IActionResult> Issue()
    {
        if (!await AllowedAsync())
        {
            return this.Denied();
        }

        return View(new ManualIssueViewModel { Courses = await courses.AllAsync(HttpContext.RequestAborted) });
    }

    /// <summary>
    /// Issues a course's certificate by hand (for work recognised outside the platform, say), with a reason kept in
    /// the audit log. The learner must have an account and no current certificate of the course.
    /// </summary>
    [HttpPost("issue", Name = "Certificates.AdminCertificates.Issue")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Issue(string? course, string? email, string? reason)
    {
        if (!await AllowedAsync())
        {
            return this.Denied();
        }

        var all = await courses.AllAsync(HttpContext.RequestAborted);
        var errors = new Dictionary<string, string>();
        var target = all.FirstOrDefault(c => c.Slug == course);
        if (target is null)
        {
            errors["course"] = T["Choose a course."].Value;
        }

        var user = await users.FindByEmailAsync(email ?? "", HttpContext.RequestAborted);
        if (user is null)
        {
            errors["email"] = T["No account has this e-mail address."].Value;
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
        {
            errors["reason"] = T["Say why the certificate is issued by hand (up to 1,000 characters)."].Value;
        }

        if (target is not null && user is not null && await db.Set<Certificate>().AnyAsync(
                c => c.CurrentKey == Certificate.CurrentKeyOf(CertificateSubject.Course, target.Id, user.Id), HttpContext.RequestAborted))
        {
            errors["email"] = T["This learner already has the certificate of this course."].Value;
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new ManualIssueViewModel { Courses = all, Course = course, Email = email, Reason = reason, Errors = errors });
        }

        var completion = await completions.OfAsync(target!.Id, user!.Id, HttpContext.RequestAborted);
        var certificate = completion is not null
            ? await courseCertificates.IssueForAsync(completion, User.Identity!.Name!, HttpContext.RequestAborted)
            : null;
        certificate ??= (await issuer.IssueAsync(new IssueRequest(user!.Id, CertificateSubject.Course, target!.Id, target.Title,
            await HoursAsync(target.Id), DateTime.UtcNow, User.Identity!.Name!), HttpContext.RequestAborted)).Certificate;
        await issuer.RecordManualIssueAsync(certificate, User.Identity!.Name!, reason!, HttpContext.RequestAborted);
        TempData["Message"] = T["Certificate {0} issued.", certificate.Code].Value;
        return RedirectToRoute("Certificates.AdminCertificates.Detail", new { code = certificate.Code });
    }

    private async Task<decimal> HoursAsync(int courseId) =>
        (await directory.CurrentAsync(courseId, HttpContext.RequestAborted))?.Hours ?? 0;

    private async Task<IActionResult?> DetailViewAsync(string code)
    {
        var certificate = VerificationCode.Normalize(code) is { } normalized ? await queries.ByCodeAsync(normalized, HttpContext.RequestAborted) : null;
        if (certificate is null)
        {
            return null;
        }

        var user = await users.FindAsync(certificate.UserId, HttpContext.RequestAborted);
        return View("Detail", new AdminCertificateViewModel(certificate, user?.Email ?? "", urls.Absolute($"/certificates/verify/{certificate.Code}"), user?.DisplayName ?? certificate.LearnerName));
    }

    private Task<bool> AllowedAsync() => authorization.AuthorizeAsync(User, Permissions.ManageCertificates);
}
