using Microsoft.AspNetCore.Mvc.ModelBinding;
using System.ComponentModel.DataAnnotations;

namespace InnovationAcademy.Settings.ViewModels;

internal sealed class SettingsViewModel
{
    [Required(ErrorMessage = "Enter the site's name.")]
    [StringLength(200, ErrorMessage = "The name is too long (200 characters at most).")]
    public string SiteName { get; set; } = "";

    [Required(ErrorMessage = "Choose the site's language.")]
    [BindRequired]
    public string DefaultCulture { get; set; } = "es";

    public bool RegistrationOpen { get; set; }

    // Bound or refused: a form sent without the field must not quietly put the site back in Lima.
    [Required(ErrorMessage = "Choose a time zone.")]
    [BindRequired]
    public string TimeZoneId { get; set; } = InnovationAcademy.Core.Users.TimeZoneChoices.SiteDefault;

    [Required(ErrorMessage = "Choose how numbers and dates are written.")]
    [BindRequired]
    public string FormattingRegion { get; set; } = InnovationAcademy.Core.Localization.FormattingRegions.Default;

    [Required(ErrorMessage = "Choose a theme.")]
    [BindRequired]
    public string Theme { get; set; } = "";

    public IReadOnlyList<(string Id, string Name)> Themes { get; set; } = [];

    public bool AllowExternalImages { get; set; }

    [StringLength(500, ErrorMessage = "The address is too long (500 characters at most).")]
    public string? MapTileUrl { get; set; }

    [StringLength(300, ErrorMessage = "The attribution is too long (300 characters at most).")]
    public string? MapTileAttribution { get; set; }

    [StringLength(500, ErrorMessage = "The address is too long (500 characters at most).")]
    public string? LogoUrl { get; set; }

    public string? BrandColour { get; set; }

    [StringLength(300, ErrorMessage = "The sentence is too long (300 characters at most).")]
    public string? Tagline { get; set; }

    [StringLength(300, ErrorMessage = "The contact line is too long (300 characters at most).")]
    public string? FooterContact { get; set; }

    [StringLength(2000, ErrorMessage = "The links are too long (2,000 characters at most).")]
    public string? FooterLinks { get; set; }
}
