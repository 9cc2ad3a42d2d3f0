using System.Globalization;
using System.Text.Json.Nodes;
using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Web;

namespace InnovationAcademy.Certificates.Services;

/// <summary>
/// Each certificate as an Open Badges 3.0 <c>AchievementCredential</c>, signed as a VC-JWT: the credential's
/// members are the JWT payload, with <c>iss</c>, <c>nbf</c>, <c>jti</c> and <c>sub</c> as the specification
/// maps them, and the site's ES256 key in the header's <c>kid</c> (published at <c>/.well-known/jwks.json</c>).
/// The learner is named, not identified by e-mail: nothing else about them leaves the site.
/// </summary>
internal sealed class OpenBadgeCredentials(CredentialSigner signer, CertificateSettingsStore settings, ISiteUrls urls)
{
    public const string MediaType = "application/vc+jwt";

    public async Task<JsonObject> CredentialAsync(Certificate certificate, CancellationToken cancellationToken = default)
    {
        var issuer = await settings.IssuerAsync(cancellationToken);
        var verifyUrl = urls.Absolute($"/certificates/verify/{certificate.Code}");
        var hours = certificate.Hours.ToString("0.##", CultureInfo.InvariantCulture);
        var english = certificate.Culture == "en";
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = verifyUrl,
            ["type"] = new JsonArray("VerifiableCredential", "AchievementCredential"),
            ["name"] = certificate.Title,
            ["issuer"] = await IssuerProfileAsync(issuer, cancellationToken),
            ["validFrom"] = certificate.IssuedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["name"] = certificate.LearnerName,
                ["activityEndDate"] = certificate.CompletedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["creditsEarned"] = certificate.Hours,
                ["achievement"] = new JsonObject
                {
                    ["id"] = urls.Absolute($"/certificates/achievements/{certificate.Subject.ToString().ToLowerInvariant()}-{certificate.SubjectId}"),
                    ["type"] = new JsonArray("Achievement"),
                    ["achievementType"] = "Certificate",
                    ["name"] = certificate.Title,
                    ["description"] = english
                        ? $"Completion of \"{certificate.Title}\": {hours} learning hours."
                        : $"Finalización de «{certificate.Title}»: {hours} horas de aprendizaje.",
                    ["criteria"] = new JsonObject
                    {
                        ["narrative"] = (certificate.Subject, english) switch
                        {
                            (CertificateSubject.Cohort, true) => "Take part in the learning journey and attend the share of its live sessions its graduation rule requires.",
                            (CertificateSubject.Cohort, false) => "Participar en el itinerario y asistir a la parte de sus sesiones en directo que pide su regla de graduación.",
                            (_, true) => "Complete every module of the course, pass its quizzes and have the final assignment accepted.",
                            _ => "Completar todos los módulos del curso, aprobar sus cuestionarios y tener aceptado el trabajo final.",
                        },
                    },
                    ["creditsAvailable"] = certificate.Hours,
                    ["inLanguage"] = certificate.Culture,
                },
            },
        };
    }

    /// <summary>The issuer's Open Badges profile, also served at <c>/api/certificates/issuer</c>.</summary>
    public async Task<JsonObject> IssuerProfileAsync(CertificateIssuerSettings? issuer = null, CancellationToken cancellationToken = default)
    {
        issuer ??= await settings.IssuerAsync(cancellationToken);
        var profile = new JsonObject
        {
            ["id"] = urls.Absolute("/api/certificates/issuer"),
            ["type"] = new JsonArray("Profile"),
            ["name"] = await settings.IssuerNameAsync(issuer, cancellationToken),
        };
        if (issuer.OrganisationUrl.Length > 0)
        {
            profile["url"] = issuer.OrganisationUrl;
        }

        return profile;
    }

    /// <summary>The credential signed as a VC-JWT.</summary>
    public async Task<string> SignedAsync(Certificate certificate, CancellationToken cancellationToken = default)
    {
        var payload = await CredentialAsync(certificate, cancellationToken);
        payload["iss"] = payload["issuer"]!["id"]!.GetValue<string>();
        payload["jti"] = payload["id"]!.GetValue<string>();
        payload["nbf"] = new DateTimeOffset(DateTime.SpecifyKind(certificate.IssuedUtc, DateTimeKind.Utc)).ToUnixTimeSeconds();
        return await signer.SignAsync(payload, cancellationToken);
    }
}
