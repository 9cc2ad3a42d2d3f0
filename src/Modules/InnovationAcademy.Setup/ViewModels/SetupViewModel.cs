using System.ComponentModel.DataAnnotations;
using InnovationAcademy.Core.Recipes;

namespace InnovationAcademy.Setup.ViewModels;

internal sealed class SetupViewModel
{
    [Required(ErrorMessage = "Enter the site's name.")]
    [StringLength(200, ErrorMessage = "The name is too long (200 characters at most).")]
    public string SiteName { get; set; } = "Innovation Academy";

    [Required(ErrorMessage = "Enter the administrator's e-mail.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail is too long (256 characters at most).")]
    public string AdminEmail { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    [StringLength(256, MinimumLength = 12, ErrorMessage = "The password needs at least 12 characters.")]
    public string AdminPassword { get; set; } = "";

    [DataType(DataType.Password)]
    [Compare(nameof(AdminPassword), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a recipe.")]
    public string RecipeName { get; set; } = "";

    public IReadOnlyList<RecipeDescriptor> Recipes { get; set; } = [];
}
