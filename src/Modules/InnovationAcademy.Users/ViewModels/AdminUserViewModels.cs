using System.ComponentModel.DataAnnotations;
using InnovationAcademy.Core.Web;

namespace InnovationAcademy.Users.ViewModels;

internal sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool EmailConfirmed, bool LockedOut);

internal sealed class UserListViewModel
{
    public string? Query { get; init; }

    public required Page<UserRow> Users { get; init; }

    public bool CanManage { get; init; }
}

internal sealed class UserEditViewModel
{
    public string? Id { get; set; }

    [Required(ErrorMessage = "Enter the e-mail.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail is too long (256 characters at most).")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the name.")]
    [StringLength(200, ErrorMessage = "The name is too long (200 characters at most).")]
    public string DisplayName { get; set; } = "";

    /// <summary>Left empty on creation, the user is invited by e-mail to choose a password.</summary>
    [DataType(DataType.Password)]
    [StringLength(200, MinimumLength = 8, ErrorMessage = "The password needs at least 8 characters.")]
    public string? Password { get; set; }

    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<string> AvailableRoles { get; set; } = [];

    public bool LockedOut { get; set; }

    public bool EmailConfirmed { get; set; }
}

internal sealed class RoleEditViewModel
{
    public string? Id { get; set; }

    [Required(ErrorMessage = "Enter the role's name.")]
    /// <summary>What a role's name may be, in the form and in recipes alike.</summary>
    public const string NamePattern = @"^\p{L}[\p{L}\p{Nd}]{1,63}$";

    [RegularExpression(NamePattern, ErrorMessage = "Use 2 to 64 letters and digits, starting with a letter.")]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "The description is too long (500 characters at most).")]
    public string? Description { get; set; }

    public List<string> Permissions { get; set; } = [];

    public IReadOnlyList<IGrouping<string, Core.Security.Permission>> AvailablePermissions { get; set; } = [];

    public bool IsAdministrator { get; set; }
}

internal sealed record RoleRow(string Id, string Name, string Description, int UserCount, bool BuiltIn);
