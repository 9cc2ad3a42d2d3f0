using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.Services;
using InnovationAcademy.Certificates.ViewModels;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Certificates.Controllers;

/// <summary>
/// Public verification: anyone with a code sees whether the certificate is valid, revoked (and since when) or
/// replaced, with the learner's name, the course, the hours, the date and the issuer, and nothing else. Lookups
/// are rate limited per client, and a known and an unknown code take the same time to answer, so the answers
/// cannot be mined. The same page checks a pasted Open Badges credential's signature.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Verification)]
internal sealed class VerificationController(
    CertificateQueries queries,
    CredentialSigner signer,
    OpenBadgeCredentials credentials,
    IConfiguration configuration,
    IStringLocalizer<VerificationController> T) : Controller
{
    [HttpGet("/certificates/verify", Name = "Certificates.Verification.Index")]
    public IActionResult Index(string? code) =>
        string.IsNullOrWhiteSpace(code) ? View("Verify", new VerificationViewModel()) : RedirectToRoute("Certificates.Verification.Verify", new { code = code.Trim() });

    [HttpGet("/certificates/verify/{code}", Name = "Certificates.Verification.Verify")]
    public async Task<IActionResult> Verify(string code)
    {
        var clock = Stopwatch.StartNew();
        var certificate = VerificationCode.Normalize(code) is { } normalized ? await queries.ByCodeAsync(normalized, HttpContext.RequestAborted) : null;
        await EvenOutAsync(clock);
        if (certificate is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Verify", new VerificationViewModel { Code = code, Error = T["No certificate has this code. Check it letter by letter: codes use no 0, O, 1 or I."].Value });
        }

        return View("Verify", new VerificationViewModel { Code = certificate.Code, Certificate = certificate, ReplacedBy = certificate.ReplacedByCode });
    }

    /// <summary>Checks a pasted or uploaded credential: the signature against the published keys, then the certificate's status.</summary>
    [HttpPost("/certificates/verify", Name = "Certificates.Verification.CheckCredential")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CheckCredential(string? credential, IFormFile? file)
    {
        var text = credential;
        if (file is { Length: > 0 and <= 64 * 1024 })
        {
            using var reader = new StreamReader(file.OpenReadStream());
            text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > 64 * 1024)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Verify", new VerificationViewModel { Error = T["Paste the credential (the text of the .jwt file) or choose the file, of at most 64 KB."].Value });
        }

        var check = await signer.VerifyAsync(text, HttpContext.RequestAborted);
        var code = check.Payload?["id"]?.GetValue<string>() is { } id ? VerificationCode.Normalize(id[(id.LastIndexOf('/') + 1)..]) : null;
        var certificate = check.Valid && code is not null ? await queries.ByCodeAsync(code, HttpContext.RequestAborted) : null;
        if (!check.Valid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View("Verify", new VerificationViewModel
        {
            Code = certificate?.Code,
            Certificate = certificate,
            ReplacedBy = certificate?.ReplacedByCode,
            CredentialCheck = check with { Problem = check.Problem is null ? null : T[check.Problem].Value },
        });
    }

    [HttpGet("/api/certificates/{code}", Name = "Certificates.Verification.Api")]
    public async Task<IActionResult> Api(string code)
    {
        var clock = Stopwatch.StartNew();
        var certificate = VerificationCode.Normalize(code) is { } normalized ? await queries.ByCodeAsync(normalized, HttpContext.RequestAborted) : null;
        await EvenOutAsync(clock);
        if (certificate is null)
        {
            return NotFound(new JsonObject { ["error"] = "No certificate has this code." });
        }

        var json = new JsonObject
        {
            ["code"] = certificate.Code,
            ["status"] = certificate.Status.ToString().ToLowerInvariant(),
            ["learnerName"] = certificate.LearnerName,
            ["course"] = certificate.Title,
            ["hours"] = certificate.Hours,
            ["issuedOn"] = certificate.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["completedOn"] = certificate.CompletedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["issuer"] = certificate.IssuerName,
            ["timeZone"] = certificate.TimeZoneId,
        };
        if (certificate.RevokedUtc is { } revoked)
        {
            json["revokedOn"] = certificate.DayOf(revoked).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (certificate.ReplacedByCode is { } replacement)
        {
            json["replacedBy"] = replacement;
        }

        return Json(json);
    }

    [HttpGet("/.well-known/jwks.json", Name = "Certificates.Verification.KeySet")]
    [DisableRateLimiting]
    public async Task<IActionResult> KeySet() => Json(await signer.KeySetAsync(HttpContext.RequestAborted));

    [HttpGet("/api/certificates/issuer", Name = "Certificates.Verification.Issuer")]
    [DisableRateLimiting]
    public async Task<IActionResult> Issuer() => Json(await credentials.IssuerProfileAsync(cancellationToken: HttpContext.RequestAborted));

    /// <summary>Waits until the answer has taken the configured floor, so known and unknown codes cannot be told apart by time.</summary>
    private async Task EvenOutAsync(Stopwatch clock)
    {
        var floor = TimeSpan.FromMilliseconds(configuration.GetValue("Certificates:VerificationFloorMilliseconds", 40));
        if (clock.Elapsed < floor)
        {
            await Task.Delay(floor - clock.Elapsed, HttpContext.RequestAborted);
        }
    }
}
