namespace InnovationAcademy.Certificates.Models;

/// <summary>
/// An ES256 key that signs Open Badges credentials. The public half is published at <c>/.well-known/jwks.json</c>
/// for as long as the site runs, so credentials signed before a rotation still verify; the private half is stored
/// encrypted with the site's data-protection keys and used only while the key is current.
/// </summary>
internal sealed class SigningKey
{
    public int Id { get; set; }

    public required string KeyId { get; set; }

    /// <summary>The public key's coordinates, base64url.</summary>
    public required string X { get; set; }

    public required string Y { get; set; }

    public required string ProtectedPrivateKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Set when a newer key took over signing.</summary>
    public DateTime? RetiredUtc { get; set; }
}
