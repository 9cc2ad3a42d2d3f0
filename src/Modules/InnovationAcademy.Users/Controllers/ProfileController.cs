using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Users.Models;
using InnovationAcademy.Users.Services;
using InnovationAcademy.Users.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Users.Controllers;

/// <summary>The signed-in user's own name, language and time zone.</summary>
[Route("account/profile")]
internal sealed class ProfileController(
    UserManager<AcademyUser> users,
    SignInManager<AcademyUser> signIn,
    UserSessions sessions,
    PasswordUpgrade upgrade,
    AccountEmails emails,
    IAuditLog audit,
    AcademyDbContext db,
    IStringLocalizer<ProfileController> T) : Controller
{
    [HttpGet("", Name = "Users.Profile.Index")]
    public async Task<IActionResult> Index()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        return View(new ProfileViewModel
        {
            DisplayName = user.DisplayName,
            Email = user.Email ?? "",
            PreferredCulture = user.PreferredCulture,
            TimeZoneId = user.TimeZoneId,
            TimeZones = TimeZoneChoices.For(user.TimeZoneId),
            Sessions = await SessionsOfAsync(user),
        });
    }

    /// <summary>Ends one of the person's sessions (a lost phone, a shared computer).</summary>
    /// <remarks>The session's key comes in the form, not the address, so that it never reaches a log.</remarks>
    [HttpPost("sessions/end", Name = "Users.Profile.EndSession")]
    public async Task<IActionResult> EndSession([FromForm(Name = "session")] string? id)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(id))
        {
            return RedirectToAction(nameof(Index));
        }

        var current = await UserSessions.CurrentKeyAsync(HttpContext);
        if (await sessions.EndAsync(user.Id, id, HttpContext.RequestAborted))
        {
            audit.Record("user.session-ended", user.Email!);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        if (id == current)
        {
            await signIn.SignOutAsync();
            return LocalRedirect("/");
        }

        TempData["Message"] = T["That session was ended."].Value;
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Ends every session, this one included, on every device.</summary>
    [HttpPost("sessions/end-all", Name = "Users.Profile.EndAllSessions")]
    public async Task<IActionResult> EndAllSessions()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await sessions.EndAllAsync(user, HttpContext.RequestAborted);
        audit.Record("user.signed-out-everywhere", user.Email!);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        TempData["Message"] = T["You were signed out on every device."].Value;
        return RedirectToRoute("Users.Account.Login");
    }

    private async Task<IReadOnlyList<UserSessions.Entry>> SessionsOfAsync(AcademyUser user) =>
        await sessions.ListAsync(user.Id, await UserSessions.CurrentKeyAsync(HttpContext), HttpContext.RequestAborted);

    [HttpPost("", Name = "Users.Profile.Index")]
    public async Task<IActionResult> Index(ProfileViewModel model)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        // An empty field already carries its own message; these checks are for values that are there but wrong.
        if (!string.IsNullOrEmpty(model.PreferredCulture) && !SupportedCultures.IsSupported(model.PreferredCulture))
        {
            ModelState.AddModelError(nameof(model.PreferredCulture), T["Choose Spanish or English."]);
        }

        if (!string.IsNullOrEmpty(model.TimeZoneId) && !TimeZoneChoices.IsValid(model.TimeZoneId))
        {
            ModelState.AddModelError(nameof(model.TimeZoneId), T["Choose a time zone from the list."]);
        }

        model.Email = user.Email ?? "";
        model.TimeZones = TimeZoneChoices.For(user.TimeZoneId);
        model.Sessions = await SessionsOfAsync(user);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (!DisplayNames.IsValid(model.DisplayName))
        {
            ModelState.AddModelError(nameof(model.DisplayName), T[DisplayNames.Problem]);
            return View(model);
        }

        user.DisplayName = model.DisplayName.Trim();
        user.PreferredCulture = model.PreferredCulture;
        user.TimeZoneId = model.TimeZoneId;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        CultureCookie.Set(Response, user.PreferredCulture);
        TempData["Message"] = T["Your profile was saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("password", Name = "Users.Profile.Password")]
    public async Task<IActionResult> Password()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        return View(await PasswordModelAsync(user, new ChangePasswordViewModel()));
    }

    /// <summary>Changes the password with the current one; every session ends, and the person signs in with the new one.</summary>
    [HttpPost("password", Name = "Users.Profile.Password")]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    public async Task<IActionResult> Password(ChangePasswordViewModel model)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        // Whoever knew the short password could choose the long one: a promoted account proves its e-mail instead.
        if (PasswordUpgrade.IsRequired(User))
        {
            return RedirectToAction(nameof(Password));
        }

        if (!ModelState.IsValid)
        {
            return View(await PasswordModelAsync(user, model));
        }

        var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == "PasswordMismatch" ? nameof(model.CurrentPassword) : nameof(model.Password),
                    error.Code == "PasswordMismatch" ? T["The current password is not right."].Value : T[error.Description].Value);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await PasswordModelAsync(user, model));
        }

        // Every session ends, this one too: a copy of this browser's cookie would otherwise outlive the old password.
        await upgrade.MarkAsync(user, required: false);
        await sessions.EndAllAsync(user, HttpContext.RequestAborted);
        audit.Record("user.password-changed", user.Email!);
        await db.SaveChangesAsync();
        await signIn.SignOutAsync();
        TempData["Message"] = T["Your password was changed and every device was signed out, this one too. Sign in with the new password."].Value;
        return RedirectToRoute("Users.Account.Login", new { ReturnUrl = "/account/profile" });
    }

    /// <summary>
    /// For an account promoted to a role that needs a longer password: the new one is chosen through a link sent to the
    /// account's address, so that knowing the old password is not enough to keep the new role.
    /// </summary>
    [HttpPost("password/link", Name = "Users.Profile.PasswordLink")]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    public async Task<IActionResult> PasswordLink()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await emails.SendPasswordResetAsync(user, HttpContext.RequestAborted);
        audit.Record("user.password-link-sent", user.Email!);
        await db.SaveChangesAsync();
        TempData["Message"] = T["We sent a link to {0}. Open it within a day to choose the new password.", user.Email!].Value;
        return RedirectToAction(nameof(Password));
    }

    private async Task<ChangePasswordViewModel> PasswordModelAsync(AcademyUser user, ChangePasswordViewModel model)
    {
        model.Required = PasswordUpgrade.IsRequired(User);
        model.MinimumLength = (await users.GetRolesAsync(user)).Any(PasswordPolicy.PrivilegedRoles.Contains) ? PasswordPolicy.PrivilegedMinimumLength : PasswordPolicy.MinimumLength;
        model.CurrentPassword = "";
        model.Password = "";
        model.ConfirmPassword = "";
        return model;
    }
}
