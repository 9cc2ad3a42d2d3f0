namespace InnovationAcademy.Core.Settings;

public interface ISiteService
{
    /// <summary>The settings, or null while the site has not been set up.</summary>
    Task<SiteSettings?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or updates the settings row; saved with the caller's unit of work.</summary>
    Task UpdateAsync(Action<SiteSettings> change, CancellationToken cancellationToken = default);
}
