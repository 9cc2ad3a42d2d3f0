using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Web;

namespace InnovationAcademy.Certificates.Services;

/// <summary>What is wrong with an issuer's settings, by field.</summary>
internal sealed record IssuerProblem(string Field, string Message);

/// <summary>The rules the issuer's settings keep, for the form and the recipe step alike.</summary>
internal static class IssuerRules
{
    public const int MaxLogoBytes = 1024 * 1024;

    public static IssuerProblem? Check(CertificateIssuerSettings issuer)
    {
        if (issuer.OrganisationName.Length > 200 || issuer.SignatoryName.Length > 200 || issuer.SignatoryTitle.Length > 200)
        {
            return new("organisation", "Names and titles have at most 200 characters.");
        }

        if (issuer.OrganisationUrl.Length > 0 && !IsWebAddress(issuer.OrganisationUrl))
        {
            return new("url", "The organisation's web site is an address starting with https:// or http://.");
        }

        if (!IsWebAddress(issuer.ProfileShareUrl) || issuer.ProfileShareUrl.Length > 1000)
        {
            return new("profileShareUrl", "The \"add to profile\" address starts with https:// (at most 1,000 characters).");
        }

        return null;
    }

    /// <summary>The site's one check, with "{name}"-style placeholders of the share address taken out first.</summary>
    private static bool IsWebAddress(string value) =>
        WebLinks.IsWebAddress(value.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal));
}
