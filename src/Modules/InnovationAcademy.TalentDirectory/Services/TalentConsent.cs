using InnovationAcademy.TalentDirectory.Models;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// The consent an owner accepts before a profile is published. Its version is stored with each profile, so a change
/// of wording can be traced to who accepted which; the text itself is translated in the module's es.json.
/// </summary>
internal static class TalentConsent
{
    public const string Version = "2026-12";

    public const string Text =
        "I agree that the information in this profile, with my location rounded to about 1 km or to my city's centre, is published in the public talent directory and map and in its open data (GeoJSON and CSV, under the CC BY 4.0 licence). My e-mail address is never published: messages reach me through the site. I can edit, hide or delete my profile at any time; deleting it removes my data.";

    /// <summary>Notes on the profile that the current consent text was accepted (or vouched for) now.</summary>
    public static void Record(TalentProfile profile, DateTime now)
    {
        profile.ConsentVersion = Version;
        profile.ConsentUtc = now;
        profile.UpdatedUtc = now;
    }
}
