namespace InnovationAcademy.Users.Models;

/// <summary>
/// Failed sign-ins counted per key (an address, a client, or both), whether or not an account has that address, so
/// that throttling reveals nothing. Kept in the database so that every node counts the same.
/// </summary>
internal sealed class SignInThrottleEntry
{
    /// <summary>"a:{address hash}", "c:{client}" or "ac:{address hash}|{client}".</summary>
    public string Key { get; set; } = "";

    public int Failures { get; set; }

    public DateTime LastFailureUtc { get; set; }

    /// <summary>No attempt under this key is checked before this instant.</summary>
    public DateTime? BlockedUntilUtc { get; set; }
}
