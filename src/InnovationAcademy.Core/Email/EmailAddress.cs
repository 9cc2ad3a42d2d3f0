using System.Net.Mail;

namespace InnovationAcademy.Core.Email;

/// <summary>What the platform accepts as an e-mail address written by someone else (a file, a recipe).</summary>
public static class EmailAddress
{
    /// <summary>One plain address, as written, with a dotted domain and no display name or spaces.</summary>
    public static bool IsValid(string value) =>
        value.Length is > 2 and <= 256
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.StartsWith('[') // A bare IP ("x@[127.0.0.1]") names no mailbox a person reads.
        && !value.Any(char.IsWhiteSpace);
}
