namespace InnovationAcademy.Users.Models;

/// <summary>
/// A signed-in browser. The cookie holds only this row's key, so signing out (here or from another device) ends the
/// session on the server: a copied cookie is worthless afterwards.
/// </summary>
internal sealed class UserSession
{
    public const int KeyLength = 43;

    /// <summary>256 random bits, base64url.</summary>
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>The serialized authentication ticket (claims and cookie properties).</summary>
    public byte[] Ticket { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public DateTime LastSeenUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    /// <summary>The browser's own description, for the list of active sessions.</summary>
    public string UserAgent { get; set; } = "";

    public string IpAddress { get; set; } = "";
}
