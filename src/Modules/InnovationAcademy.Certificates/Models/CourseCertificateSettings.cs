namespace InnovationAcademy.Certificates.Models;

/// <summary>Whether a course grants a certificate, who signs it, and the Liquid template that words and lays it out.</summary>
internal sealed class CourseCertificateSettings
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Empty: the site's signatory.</summary>
    public string SignatoryName { get; set; } = "";

    public string SignatoryTitle { get; set; } = "";

    /// <summary>Null: the default template of the certificate's language.</summary>
    public string? Template { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
