using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Users.Models;
using InnovationAcademy.Users.Services;
using InnovationAcademy.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Users.Controllers;

/// <summary>Signing in and out, registering, confirming an e-mail and resetting a password.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<AcademyUser> signIn,
    UserManager<AcademyUser> users,
    AccountEmails emails,
    ISiteService site,
    IAuditLog audit,
    AcademyDbContext db,
    TimeProvider clock,
    IStringLocalizer<AccountController> T) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is null)
        {
            ModelState.AddModelError("", T["The e-mail or the password is not right."]);
            return View(model);
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            SetCultureCookie(user.PreferredCulture);
            return LocalRedirect(LocalUrl.OrHome(model.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            if (!wasLockedOut)
            {
                audit.Record("user.locked-out", user.Email!);
                await db.SaveChangesAsync();
            }

            ModelState.AddModelError("", T["Too many failed attempts: this account is locked for 15 minutes. You can reset your password meanwhile."]);
        }
        else if (result.IsNotAllowed)
        {
            ModelState.AddModelError("", T["Confirm your e-mail first: we sent you a link when you registered."]);
        }
        else
        {
            ModelState.AddModelError("", T["The e-mail or the password is not right."]);
        }

        return View(model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("register")]
    public async Task<IActionResult> Register() =>
        await RegistrationOpenAsync() ? View(new RegisterViewModel()) : NotFound();

    [HttpPost("register")]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    public async Task<IActionResult> Register(RegisterViewModel model)
    {
        if (!await RegistrationOpenAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var email = model.Email.Trim();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // Say the same as for a new account, so that the form does not reveal who is registered.
            if (!existing.EmailConfirmed)
            {
                await emails.SendConfirmationAsync(existing);
                await db.SaveChangesAsync();
            }

            return RedirectToAction(nameof(RegisterDone));
        }

        var user = new AcademyUser
        {
            UserName = email,
            Email = email,
            DisplayName = model.DisplayName.Trim(),
            PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, model.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Password) : "", T[error.Description]);
            }

            return View(model);
        }

        await users.AddToRoleAsync(user, RoleNames.Learner);
        audit.Record("user.registered", email);
        await emails.SendConfirmationAsync(user);
        await db.SaveChangesAsync();
        return RedirectToAction(nameof(RegisterDone));
    }

    [HttpGet("register/done")]
    public IActionResult RegisterDone() => View();

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        var confirmed = false;
        if (user is not null && code is not null)
        {
            try
            {
                confirmed = (await users.ConfirmEmailAsync(user, AccountEmails.Decode(code))).Succeeded;
            }
            catch (FormatException)
            {
                confirmed = false;
            }
        }

        return View(confirmed);
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    [HttpPost("forgot-password")]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (await users.FindByEmailAsync(model.Email.Trim()) is { } user)
        {
            await emails.SendPasswordResetAsync(user);
            await db.SaveChangesAsync();
        }

        return View("ForgotPasswordDone");
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? code, bool invited = false) =>
        userId is null || code is null
            ? BadRequest()
            : View(new ResetPasswordViewModel { UserId = userId, Code = code, Invited = invited });

    [HttpPost("reset-password")]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByIdAsync(model.UserId);
        IdentityResult result;
        try
        {
            result = user is null
                ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = "Invalid token." })
                : await users.ResetPasswordAsync(user, AccountEmails.Decode(model.Code), model.Password);
        }
        catch (FormatException)
        {
            result = IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = "Invalid token." });
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var message = error.Code == "InvalidToken"
                    ? T["This link has expired or was already used. Ask for a new one."].Value
                    : T[error.Description].Value;
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Password) : "", message);
            }

            return View(model);
        }

        // The link proves the address; an invited user's account is ready to use.
        if (!user!.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        audit.Record("user.password-reset", user.Email!);
        await db.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        SetCultureCookie(user.PreferredCulture);
        return LocalRedirect("/");
    }

    private async Task<bool> RegistrationOpenAsync() => (await site.GetAsync())?.RegistrationOpen == true;

    private void SetCultureCookie(string culture)
    {
        if (SupportedCultures.IsSupported(culture))
        {
            CultureCookie.Set(Response, culture);
        }
    }
}
