namespace InnovationAcademy.Core.Settings;

public interface ISiteService
{
    /// <summary>The settings, or null while the site has not been set up.</summary>
    Task<SiteSettings?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or updates the settings row; saved with the caller's unit of work.</summary>
    Task UpdateAsync(Action<SiteSettings> change, CancellationToken cancellationToken = default);
}

public static class SiteServiceExtensions
{
    /// <summary><paramref name="chosen"/> when it is a known time zone, else the site's (the lab's), else Lima's.</summary>
    public static async Task<string> TimeZoneForAsync(this ISiteService site, string? chosen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Users.TimeZoneChoices.Canonical(chosen) ?? (await site.GetAsync(cancellationToken))?.TimeZoneId ?? Users.TimeZoneChoices.SiteDefault;
    }
}
