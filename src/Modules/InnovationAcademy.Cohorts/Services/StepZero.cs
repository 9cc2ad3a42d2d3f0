using InnovationAcademy.Cohorts.Models;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>
/// The step-zero intake: what an applicant has to follow online sessions, and the readiness level it yields, so
/// organisers plan support (a phone-only participant with limited data gets materials to download, say).
/// </summary>
internal static class StepZero
{
    /// <summary>The everyday digital tasks the form asks about, as localization keys; each one managed counts a point.</summary>
    public static readonly IReadOnlyList<string> Skills =
    [
        "I make video calls (WhatsApp, Zoom, Meet)",
        "I fill in forms online (a bank, a public office)",
        "I keep my accounts in a spreadsheet or an app",
        "I sell or promote my business on social networks",
    ];

    public static readonly IReadOnlyList<string> Genders = ["woman", "man", "non-binary", "prefer-not"];

    public static readonly IReadOnlyList<string> MigrationStatuses = ["regular", "in-process", "irregular", "refugee", "prefer-not"];

    /// <summary>Device 0–2, connection 0–2, skills 0–4: up to 3 needs support, up to 6 basic, above that ready.</summary>
    public static ReadinessLevel ReadinessOf(DeviceAccess device, Connectivity connectivity, int skills)
    {
        var points = (device switch { DeviceAccess.NoneOfMyOwn => 0, DeviceAccess.SmartphoneOnly => 1, _ => 2 })
            + (connectivity switch { Connectivity.Rarely => 0, Connectivity.HomeInternet => 2, _ => 1 })
            + Math.Clamp(skills, 0, Skills.Count);
        return points <= 3 ? ReadinessLevel.NeedsSupport : points <= 6 ? ReadinessLevel.Basic : ReadinessLevel.Ready;
    }
}
