using System.ComponentModel.DataAnnotations;

namespace InnovationAcademy.Settings.ViewModels;

public sealed class SettingsViewModel
{
    [Required(ErrorMessage = "Enter the site's name.")]
    [StringLength(200, ErrorMessage = "The name is too long (200 characters at most).")]
    public string SiteName { get; set; } = "";

    [Required]
    public string DefaultCulture { get; set; } = "es";

    public bool RegistrationOpen { get; set; }

    [Required]
    public string Theme { get; set; } = "";

    public IReadOnlyList<(string Id, string Name)> Themes { get; set; } = [];
}
