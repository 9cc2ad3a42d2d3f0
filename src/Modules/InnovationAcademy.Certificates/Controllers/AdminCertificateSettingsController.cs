using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.Services;
using InnovationAcademy.Certificates.ViewModels;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SkiaSharp;

namespace InnovationAcademy.Certificates.Controllers;

/// <summary>
/// What certificates look like and who issues them: per course (granted or not, signatory, the Liquid template with
/// a preview), and for the site (organisation, logo, signatory, "add to profile" address, signing keys).
/// </summary>
[Admin]
internal sealed class AdminCertificateSettingsController(
    AcademyDbContext db,
    ICourseDirectory directory,
    CertificateSettingsStore settings,
    CertificateDocuments documents,
    CredentialSigner signer,
    ISiteService site,
    IStringLocalizer<AdminCertificateSettingsController> T) : Controller
{
    [HttpGet("/admin/courses/{slug}/certificate", Name = "Certificates.AdminCertificateSettings.Course")]
    [AdminCourse(nameof(Permissions.ManageCertificates))]
    public async Task<IActionResult> Course(string slug, CourseRef course)
    {
        var saved = await settings.CourseAsync(course.Id, HttpContext.RequestAborted);
        var template = saved.Template ?? CertificateTemplates.DefaultFor(await LanguageAsync(course.Id));
        // A template saved before the sandbox's limits (or by an older recipe) is flagged: certificates print the default.
        var problem = saved.Template is { } own && await CertificateTemplates.CheckAsync(own) is { } reason
            ? T["This template breaks a limit, so certificates print the default template: {0}", T[reason.Format, reason.Arguments]].Value
            : null;
        return View(await CourseModelAsync(course, saved, template, problem, preview: true));
    }

    /// <summary>Saves the settings, or with <c>preview</c> only draws the typed template with a sample learner.</summary>
    [HttpPost("/admin/courses/{slug}/certificate", Name = "Certificates.AdminCertificateSettings.Course")]
    [ValidateAntiForgeryToken]
    [AdminCourse(nameof(Permissions.ManageCertificates))]
    public async Task<IActionResult> Course(string slug, CourseRef course, bool enabled, string? signatoryName, string? signatoryTitle, string? template, string? preview)
    {
        var changed = new CourseCertificateSettings
        {
            CourseId = course.Id,
            Enabled = enabled,
            SignatoryName = (signatoryName ?? "").Trim(),
            SignatoryTitle = (signatoryTitle ?? "").Trim(),
            Template = template,
        };
        var text = template ?? "";
        var problem = CertificateTemplates.RuleProblem(text) is { } rule ? T[rule.Format, rule.Arguments].Value
            : CertificateTemplates.SyntaxProblem(text) is { } error ? T["The template is not valid Liquid: {0}", error].Value
            : changed.SignatoryName.Length > 200 || changed.SignatoryTitle.Length > 200 ? T["Names and titles have at most 200 characters."].Value
            : await CertificateTemplates.LimitProblemAsync(text) is { } limit ? T["The template breaks a limit: {0}", T[limit.Format, limit.Arguments]].Value
            : null;
        if (problem is not null || preview is not null)
        {
            Response.StatusCode = problem is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
            return View(await CourseModelAsync(course, changed, text, problem, preview: problem is null));
        }

        // The default template is not stored: the course keeps following it, in each learner's language.
        var language = await LanguageAsync(course.Id);
        if (text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() == CertificateTemplates.DefaultFor(language).Trim())
        {
            changed.Template = null;
        }

        await settings.SaveCourseAsync(changed, course.Title, HttpContext.RequestAborted);
        TempData["Message"] = T["Certificate settings saved. Certificates already issued keep what they print."].Value;
        return RedirectToRoute("Certificates.AdminCertificateSettings.Course", new { slug });
    }

    [HttpGet("/admin/certificates/settings", Name = "Certificates.AdminCertificateSettings.Issuer")]
    [RequirePermission(nameof(Permissions.ManageCertificates))]
    public async Task<IActionResult> Issuer()
    {
        return View(await IssuerModelAsync(await settings.IssuerAsync(HttpContext.RequestAborted), []));
    }

    [HttpPost("/admin/certificates/settings", Name = "Certificates.AdminCertificateSettings.Issuer")]
    [ValidateAntiForgeryToken]
    [RequirePermission(nameof(Permissions.ManageCertificates))]
    public async Task<IActionResult> Issuer(string? organisation, string? url, string? signatoryName, string? signatoryTitle, string? profileShareUrl, IFormFile? logo, bool removeLogo)
    {
        var current = await settings.IssuerAsync(HttpContext.RequestAborted);
        var changed = new CertificateIssuerSettings
        {
            OrganisationName = (organisation ?? "").Trim(),
            OrganisationUrl = (url ?? "").Trim(),
            SignatoryName = (signatoryName ?? "").Trim(),
            SignatoryTitle = (signatoryTitle ?? "").Trim(),
            ProfileShareUrl = string.IsNullOrWhiteSpace(profileShareUrl) ? CertificateIssuerSettings.DefaultProfileShareUrl : profileShareUrl.Trim(),
            Logo = removeLogo ? null : current.Logo,
        };
        var errors = new Dictionary<string, string>();
        if (IssuerRules.Check(changed) is { } problem)
        {
            errors[problem.Field] = T[problem.Message].Value;
        }

        if (logo is { Length: > 0 })
        {
            if (logo.Length > IssuerRules.MaxLogoBytes)
            {
                errors["logo"] = T["The logo is at most 1 MB."].Value;
            }
            else
            {
                using var buffer = new MemoryStream();
                await logo.CopyToAsync(buffer, HttpContext.RequestAborted);
                var bytes = buffer.ToArray();
                if (!IsPngOrJpeg(bytes))
                {
                    errors["logo"] = T["The logo must be a PNG or JPEG image (checked by its content, not its name)."].Value;
                }
                else
                {
                    changed.Logo = bytes;
                }
            }
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await IssuerModelAsync(changed, errors));
        }

        await settings.SaveIssuerAsync(changed, HttpContext.RequestAborted);
        TempData["Message"] = T["Issuer saved. Certificates issued from now on print it."].Value;
        return RedirectToRoute("Certificates.AdminCertificateSettings.Issuer");
    }

    /// <summary>A new key signs from now on; every earlier key stays published, so earlier credentials still verify.</summary>
    [HttpPost("/admin/certificates/settings/rotate-key", Name = "Certificates.AdminCertificateSettings.RotateKey")]
    [ValidateAntiForgeryToken]
    [RequirePermission(nameof(Permissions.ManageCertificates))]
    public async Task<IActionResult> RotateKey()
    {
        var key = await signer.RotateAsync(HttpContext.RequestAborted);
        TempData["Message"] = T["New signing key {0}. Credentials signed with earlier keys still verify.", key.KeyId].Value;
        return RedirectToRoute("Certificates.AdminCertificateSettings.Issuer");
    }

    private async Task<CourseCertificateViewModel> CourseModelAsync(CourseRef course, CourseCertificateSettings values, string template, string? error, bool preview)
    {
        var outline = await directory.CurrentAsync(course.Id, HttpContext.RequestAborted);
        var png = preview ? await documents.PreviewAsync(template, course.Title, outline?.Hours ?? 0, await LanguageAsync(course.Id), HttpContext.RequestAborted) : null;
        return new CourseCertificateViewModel
        {
            Slug = course.Slug,
            CourseTitle = course.Title,
            Settings = values,
            Template = template,
            TemplateError = error,
            PreviewPng = png is null ? null : "data:image/png;base64," + Convert.ToBase64String(png),
            Issued = await db.Set<Certificate>().CountAsync(c => c.Subject == CertificateSubject.Course && c.SubjectId == course.Id && c.Status == CertificateStatus.Valid, HttpContext.RequestAborted),
        };
    }

    private async Task<IssuerSettingsViewModel> IssuerModelAsync(CertificateIssuerSettings values, Dictionary<string, string> errors) => new()
    {
        Settings = values,
        SiteName = (await site.GetAsync(HttpContext.RequestAborted))?.SiteName ?? "",
        Keys = await signer.AllAsync(HttpContext.RequestAborted),
        Errors = errors,
    };

    /// <summary>The course's language picks the default template: "en" or, for anything else, Spanish.</summary>
    private async Task<string> LanguageAsync(int courseId) =>
        (await directory.CurrentAsync(courseId, HttpContext.RequestAborted))?.Language == "en" ? "en" : "es";

    private static bool IsPngOrJpeg(byte[] bytes)
    {
        var png = bytes.Length > 8 && bytes[0] == 0x89 && bytes[1] == 0x50 && bytes[2] == 0x4E && bytes[3] == 0x47;
        var jpeg = bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF;
        if (!png && !jpeg)
        {
            return false;
        }

        // The header says so; Skia must also be able to draw it, or the certificates would print without it.
        using var image = SKImage.FromEncodedData(bytes);
        return image is not null && image.Width is > 0 and <= 8000 && image.Height is > 0 and <= 8000;
    }
}
