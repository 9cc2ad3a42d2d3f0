using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace InnovationAcademy.Users.ViewModels;

internal sealed class LoginViewModel
{
    [Required(ErrorMessage = "Enter your e-mail.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail is too long (256 characters at most).")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [StringLength(256, ErrorMessage = "The password is too long (256 characters at most).")]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

internal sealed class RegisterViewModel
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "The name is too long (200 characters at most).")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail is too long (256 characters at most).")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    [StringLength(256, MinimumLength = 8, ErrorMessage = "The password needs at least 8 characters.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";

    /// <summary>The browser's time zone, filled by a script; empty without JavaScript (the site's zone is taken).</summary>
    public string? BrowserTimeZone { get; set; }

    /// <summary>Where the person was going before they chose to create an account.</summary>
    public string? ReturnUrl { get; set; }
}

internal sealed class LoginLinkViewModel
{
    [Required(ErrorMessage = "Enter your e-mail.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail is too long (256 characters at most).")]
    public string Email { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

internal sealed class UseLoginLinkViewModel
{
    public string Token { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

internal sealed class ForgotPasswordViewModel
{
    [Required(ErrorMessage = "Enter your e-mail.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail is too long (256 characters at most).")]
    public string Email { get; set; } = "";
}

internal sealed class ResetPasswordViewModel
{
    [Required]
    public string UserId { get; set; } = "";

    [Required]
    public string Code { get; set; } = "";

    public bool Invited { get; set; }

    /// <summary>Where an invitation that answered a sign-up leads once the password is chosen (a local address).</summary>
    public string? ReturnUrl { get; set; }

    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    [StringLength(256, MinimumLength = 8, ErrorMessage = "The password needs at least 8 characters.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}

internal sealed class ProfileViewModel
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "The name is too long (200 characters at most).")]
    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    // Bound or refused: a form sent without these must not quietly change the person's language or zone.
    [Required(ErrorMessage = "Choose your language.")]
    [BindRequired]
    public string PreferredCulture { get; set; } = "es";

    [Required(ErrorMessage = "Choose a time zone.")]
    [BindRequired]
    public string TimeZoneId { get; set; } = InnovationAcademy.Core.Users.TimeZoneChoices.SiteDefault;

    public IReadOnlyList<string> TimeZones { get; set; } = [];

    public IReadOnlyList<Services.UserSessions.Entry> Sessions { get; set; } = [];
}

internal sealed class ChangePasswordViewModel
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [StringLength(256, ErrorMessage = "The password is too long (256 characters at most).")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    [StringLength(256, ErrorMessage = "The password is too long (256 characters at most).")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";

    /// <summary>The person's role asks for a longer password than theirs: nothing else opens until it is changed.</summary>
    public bool Required { get; set; }

    public int MinimumLength { get; set; } = Services.PasswordPolicy.MinimumLength;
}

internal sealed class ConfirmEmailViewModel
{
    public bool Confirmed { get; init; }

    /// <summary>The link no longer signs in, but the address it confirmed is confirmed.</summary>
    public bool AlreadyConfirmed { get; init; }

    public string? UserId { get; init; }

    public string? Code { get; init; }

    public string? ReturnUrl { get; init; }
}
