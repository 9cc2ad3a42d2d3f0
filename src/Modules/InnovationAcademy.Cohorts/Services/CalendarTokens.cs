using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>The secret in a participant's private calendar address: 24 random bytes, safe in a URL.</summary>
internal static class CalendarTokens
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
}
