using System.Globalization;
using System.Security.Claims;
using System.Text;
using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.Services;
using InnovationAcademy.Certificates.ViewModels;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace InnovationAcademy.Certificates.Controllers;

/// <summary>
/// A learner's certificates: the list, each PDF, each Open Badges credential, and the links to share. Another
/// learner's code answers 404, as one that does not exist.
/// </summary>
[Authorize]
[Route("my/certificates")]
internal sealed class MyCertificatesController(
    CertificateQueries queries,
    CourseCertificates courses,
    CertificateDocuments documents,
    OpenBadgeCredentials credentials,
    CertificateSettingsStore settings,
    ISiteUrls urls) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("", Name = "Certificates.MyCertificates.Index")]
    public async Task<IActionResult> Index()
    {
        // A completion whose certificate was not issued (an error at the time) is made good here.
        await courses.CatchUpAsync(UserId, HttpContext.RequestAborted);
        var issuer = await settings.IssuerAsync(HttpContext.RequestAborted);
        var issuerName = await settings.IssuerNameAsync(issuer, HttpContext.RequestAborted);
        var mine = await queries.MineAsync(UserId, HttpContext.RequestAborted);
        return View(mine.Select(c =>
        {
            var verify = urls.Absolute($"/certificates/verify/{c.Code}");
            return new MyCertificate(c, verify, ShareUrl(issuer.ProfileShareUrl, c, issuerName, verify));
        }).ToList());
    }

    [HttpGet("{code}/pdf", Name = "Certificates.MyCertificates.Pdf")]
    public async Task<IActionResult> Pdf(string code)
    {
        if (await MineAsync(code) is not { } certificate)
        {
            return NotFound();
        }

        return File(await documents.PdfAsync(certificate, HttpContext.RequestAborted), "application/pdf", CertificateQueries.FileName(certificate));
    }

    /// <summary>The Open Badges 3.0 credential as a VC-JWT file, for a wallet or a badge backpack.</summary>
    [HttpGet("{code}/credential", Name = "Certificates.MyCertificates.Credential")]
    public async Task<IActionResult> Credential(string code)
    {
        if (await MineAsync(code) is not { Status: CertificateStatus.Valid } certificate)
        {
            return NotFound();
        }

        var jwt = await credentials.SignedAsync(certificate, HttpContext.RequestAborted);
        return File(Encoding.ASCII.GetBytes(jwt), OpenBadgeCredentials.MediaType, Path.ChangeExtension(CertificateQueries.FileName(certificate), ".jwt"));
    }

    private async Task<Certificate?> MineAsync(string code) =>
        VerificationCode.Normalize(code) is { } normalized && await queries.ByCodeAsync(normalized, HttpContext.RequestAborted) is { } certificate && certificate.UserId == UserId
            ? certificate
            : null;

    /// <summary>The "add to profile" address: the setting with the certificate's fields filled in, each escaped.</summary>
    private static string ShareUrl(string template, Certificate certificate, string issuer, string verifyUrl) =>
        template
            .Replace("{name}", Uri.EscapeDataString(certificate.Title), StringComparison.Ordinal)
            .Replace("{organisation}", Uri.EscapeDataString(issuer), StringComparison.Ordinal)
            .Replace("{year}", certificate.IssuedUtc.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", certificate.IssuedUtc.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{url}", Uri.EscapeDataString(verifyUrl), StringComparison.Ordinal)
            .Replace("{code}", Uri.EscapeDataString(certificate.Code), StringComparison.Ordinal);
}
