namespace InnovationAcademy.Core.Settings;

/// <summary>The site's own settings: one row, written by setup, the Settings step and /admin/settings.</summary>
public sealed class SiteSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string SiteName { get; set; } = "Innovation Academy";

    /// <summary>"es" or "en": the language of visitors who have not chosen one.</summary>
    public string DefaultCulture { get; set; } = "es";

    public bool RegistrationOpen { get; set; }

    /// <summary>
    /// The lab's time zone (IANA id): new accounts start in it when neither their browser nor their cohort says
    /// otherwise, and visitors who are not signed in see times in it.
    /// </summary>
    public string TimeZoneId { get; set; } = Users.TimeZoneChoices.SiteDefault;

    /// <summary>How Spanish pages write numbers and dates ("es-PE": 1,234.5; "es-EC": 1.234,5): the lab's country's habits.</summary>
    public string FormattingRegion { get; set; } = Localization.FormattingRegions.Default;

    /// <summary>Module id of the active theme.</summary>
    public string Theme { get; set; } = "InnovationAcademy.Theme.Default";

    public DateTime SetupCompletedUtc { get; set; }

    /// <summary>
    /// Images from other sites (course covers, photos, logos) are shown only when this is on: an image fetched from
    /// elsewhere tells that site who reads what. Off by default; the site's own uploads are always shown.
    /// </summary>
    public bool AllowExternalImages { get; set; }

    /// <summary>The map's tile server (empty: OpenStreetMap's). Every visitor who opens a map asks it for tiles.</summary>
    public string MapTileUrl { get; set; } = "";

    /// <summary>The lab's logo beside its name in the header: a picture of the site (<c>/media/…</c>); empty for none.</summary>
    public string LogoUrl { get; set; } = "";

    /// <summary>The lab's colour for the header's line, buttons and links ("#0b5394"); empty for the theme's own.</summary>
    public string BrandColour { get; set; } = "";

    /// <summary>
    /// What the site is for, in one sentence: under the home page's title and in every page's footer ("Itinerarios de
    /// emprendimiento para mujeres migrantes en Lima"); empty for the platform's own.
    /// </summary>
    public string Tagline { get; set; } = "";

    /// <summary>How to reach the lab, in the footer of every page ("contacto@lab.gob.ec · Quito").</summary>
    public string FooterContact { get; set; } = "";

    /// <summary>Links in the footer, one per line as "Label | address" (privacy notice, the lab's site).</summary>
    public string FooterLinks { get; set; } = "";

    public string MapTileAttribution { get; set; } = "";

    public const string DefaultMapTileUrl = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public const string DefaultMapTileAttribution = "© OpenStreetMap contributors";

    public string EffectiveMapTileUrl => MapTileUrl.Length > 0 ? MapTileUrl : DefaultMapTileUrl;

    public string EffectiveMapTileAttribution => MapTileUrl.Length > 0 ? MapTileAttribution : DefaultMapTileAttribution;

    /// <summary>The tile server as a content-security-policy source ("https://tile.openstreetmap.org", "https://*.tiles.example").</summary>
    public string MapTileOrigin
    {
        get
        {
            var url = EffectiveMapTileUrl;
            var start = url.IndexOf("//", StringComparison.Ordinal) + 2;
            var end = url.IndexOf('/', start);
            var host = end < 0 ? url[start..] : url[start..end];
            return url[..start] + host.Replace("{s}.", "*.", StringComparison.Ordinal);
        }
    }
}
