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

    /// <summary>Module id of the active theme.</summary>
    public string Theme { get; set; } = "InnovationAcademy.Theme.Default";

    public DateTime SetupCompletedUtc { get; set; }
}
