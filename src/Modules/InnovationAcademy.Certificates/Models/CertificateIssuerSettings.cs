namespace InnovationAcademy.Certificates.Models;

/// <summary>The organisation that issues the site's certificates (one row).</summary>
internal sealed class CertificateIssuerSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Empty: the site's name.</summary>
    public string OrganisationName { get; set; } = "";

    /// <summary>The organisation's web site, named in the Open Badges issuer profile.</summary>
    public string OrganisationUrl { get; set; } = "";

    public string SignatoryName { get; set; } = "";

    public string SignatoryTitle { get; set; } = "";

    /// <summary>A PNG or JPEG printed where a template says <c>[logo]</c>; kept in the database so every node has it.</summary>
    public byte[]? Logo { get; set; }

    /// <summary>
    /// Where "add to profile" goes, with <c>{name}</c>, <c>{organisation}</c>, <c>{year}</c>, <c>{month}</c>,
    /// <c>{url}</c> and <c>{code}</c> filled in (a professional network's "add certification" address).
    /// </summary>
    public string ProfileShareUrl { get; set; } = DefaultProfileShareUrl;

    public const string DefaultProfileShareUrl =
        "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name={name}&organizationName={organisation}&issueYear={year}&issueMonth={month}&certUrl={url}&certId={code}";
}
