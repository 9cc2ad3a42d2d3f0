namespace InnovationAcademy.Users.Models;

/// <summary>A one-time sign-in link sent by e-mail: the way past a throttled sign-in form for the address's owner.</summary>
internal sealed class SignInLink
{
    /// <summary>SHA-256 of the token in the link, base64url: the database never holds a usable link.</summary>
    public string TokenHash { get; set; } = "";

    public string UserId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? UsedUtc { get; set; }
}
