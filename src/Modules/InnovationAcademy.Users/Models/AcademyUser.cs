using Microsoft.AspNetCore.Identity;

namespace InnovationAcademy.Users.Models;

internal sealed class AcademyUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>"es" or "en": the interface language after sign-in.</summary>
    public string PreferredCulture { get; set; } = "es";

    /// <summary>An IANA time zone id, for showing dates and live sessions in the user's own time.</summary>
    public string TimeZoneId { get; set; } = InnovationAcademy.Core.Users.TimeZoneChoices.SiteDefault;

    public DateTime CreatedUtc { get; set; }
}
