using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Settings;
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

/// <summary>Signing in and out, registering, confirming an e-mail and resetting a password.</summary>
[Route("account")]
internal sealed class AccountController(
    SignInManager<AcademyUser> signIn,
    UserManager<AcademyUser> users,
    AccountEmails emails,
    SignInThrottle throttle,
    SignInLinks links,
    UserSessions sessions,
    PasswordUpgrade upgrade,
    TimingEqualizer equalizer,
    ISiteService site,
    IAuditLog audit,
    AcademyDbContext db,
    TimeProvider clock,
    IStringLocalizer<AccountController> T) : Controller
{
    [HttpGet("login", Name = "Users.Account.Login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login", Name = "Users.Account.Login")]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var email = model.Email.Trim();
        var client = ClientOf(HttpContext);
        var cancellation = HttpContext.RequestAborted;
        if (await throttle.WaitAsync(email, client, cancellation) is { } wait)
        {
            return Throttled(model, wait);
        }

        // The same work whether or not the address has an account (and a password): one lookup, one hash check.
        var user = await users.FindByEmailAsync(email);
        bool passwordRight;
        if (user?.PasswordHash is null)
        {
            equalizer.VerifyAgainstNobody(model.Password);
            passwordRight = false;
        }
        else
        {
            passwordRight = await users.CheckPasswordAsync(user, model.Password);
        }

        if (!passwordRight)
        {
            if (await throttle.FailedAsync(email, client, cancellation))
            {
                audit.Record("user.sign-in-throttled", email);
                await db.SaveChangesAsync(cancellation);
            }

            ModelState.AddModelError("", T["The e-mail or the password is not right."]);
            return View(model);
        }

        // Past this point the person knows the password: telling them why they cannot enter reveals nothing new.
        if (!user!.EmailConfirmed)
        {
            ModelState.AddModelError("", T["Confirm your e-mail first: we sent you a link when you registered."]);
            return View(model);
        }

        if (await users.IsLockedOutAsync(user))
        {
            ModelState.AddModelError("", T["This account is disabled. Write to the site's administrators if you think it is a mistake."]);
            return View(model);
        }

        await throttle.SucceededAsync(email, client, cancellation);
        await upgrade.CheckAtSignInAsync(user, model.Password);
        await signIn.SignInAsync(user, model.RememberMe);
        SetCultureCookie(user.PreferredCulture);
        return LocalRedirect(LocalUrl.OrHome(model.ReturnUrl));
    }

    [HttpPost("logout", Name = "Users.Account.Logout")]
    public async Task<IActionResult> Logout()
    {
        // The session store deletes the session: the cookie, even copied elsewhere, no longer signs anyone in.
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("login-link", Name = "Users.Account.LoginLink")]
    public IActionResult LoginLink(string? returnUrl) => View(new LoginLinkViewModel { ReturnUrl = returnUrl });

    /// <summary>E-mails a one-time sign-in link; answers the same whether or not the address has an account.</summary>
    [HttpPost("login-link", Name = "Users.Account.LoginLink")]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    public async Task<IActionResult> LoginLink(LoginLinkViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (await users.FindByEmailAsync(model.Email.Trim()) is { EmailConfirmed: true } user && !await users.IsLockedOutAsync(user))
        {
            await links.SendAsync(user, model.ReturnUrl, HttpContext.RequestAborted);
            audit.Record("user.sign-in-link-sent", user.Email!);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return View("LoginLinkSent");
    }

    /// <summary>Opening the link only shows a button: mail scanners that fetch links must not use it up.</summary>
    [HttpGet("login-link/{token}", Name = "Users.Account.UseLoginLink")]
    public IActionResult UseLoginLink(string token, string? returnUrl) =>
        View(new UseLoginLinkViewModel { Token = token, ReturnUrl = returnUrl });

    [HttpPost("login-link/{token}", Name = "Users.Account.UseLoginLinkPost")]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    [ActionName(nameof(UseLoginLink))]
    public async Task<IActionResult> UseLoginLinkPost(string token, string? returnUrl)
    {
        var cancellation = HttpContext.RequestAborted;
        var userId = await links.ConsumeAsync(token, cancellation);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return View("LoginLinkExpired");
        }

        await throttle.ClearAddressAsync(user.Email!, cancellation);
        audit.RecordBy(user.Id, user.Email!, "user.signed-in-by-link", user.Email!);
        await db.SaveChangesAsync(cancellation);
        await signIn.SignInAsync(user, isPersistent: false);
        SetCultureCookie(user.PreferredCulture);
        return LocalRedirect(LocalUrl.OrHome(returnUrl));
    }

    [HttpGet("register", Name = "Users.Account.Register")]
    public async Task<IActionResult> Register(string? returnUrl) =>
        await RegistrationOpenAsync() ? View(new RegisterViewModel { ReturnUrl = ReturnOrNull(returnUrl) }) : NotFound();

    [HttpPost("register", Name = "Users.Account.Register")]
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
        var user = new AcademyUser
        {
            UserName = email,
            Email = email,
            DisplayName = model.DisplayName.Trim(),
            PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            TimeZoneId = await site.TimeZoneForAsync(model.BrowserTimeZone, HttpContext.RequestAborted),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };

        // The password is judged before the address is looked at, so a refusal never depends on who is registered.
        var passwordErrors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            passwordErrors.AddRange((await validator.ValidateAsync(users, user, model.Password)).Errors);
        }

        if (passwordErrors.Count > 0)
        {
            foreach (var error in passwordErrors)
            {
                ModelState.AddModelError(nameof(model.Password), T[error.Description]);
            }

            return View(model);
        }

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // Answer and work as for a new account; the owner learns by e-mail that someone used the address.
            equalizer.HashForNobody(model.Password);
            if (existing.EmailConfirmed)
            {
                await emails.SendAccountExistsAsync(existing);
            }
            else
            {
                await emails.SendConfirmationAsync(existing, ReturnOrNull(model.ReturnUrl));
            }

            await db.SaveChangesAsync();
            return RedirectToAction(nameof(RegisterDone));
        }

        var result = await users.CreateAsync(user, model.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code switch
                {
                    _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(model.Password),
                    "InvalidEmail" => nameof(model.Email),
                    "InvalidDisplayName" => nameof(model.DisplayName),
                    _ => "",
                };
                ModelState.AddModelError(field, T[error.Description]);
            }

            return View(model);
        }

        await users.AddToRoleAsync(user, RoleNames.Learner);
        audit.Record("user.registered", email);
        await emails.SendConfirmationAsync(user, ReturnOrNull(model.ReturnUrl));
        await db.SaveChangesAsync();
        return RedirectToAction(nameof(RegisterDone));
    }

    [HttpGet("register/done", Name = "Users.Account.RegisterDone")]
    public IActionResult RegisterDone() => View();

    /// <summary>
    /// Confirms the address and offers one button that signs the person in and takes them back where they started
    /// (a course, a cohort's sign-up). The sign-in is a POST, as with sign-in links: mail scanners that open links
    /// confirm nothing more than the address.
    /// </summary>
    [HttpGet("confirm-email", Name = "Users.Account.ConfirmEmail")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code, string? returnUrl)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        var confirmed = user is not null && code is not null && await ConfirmsAsync(user, code)
            && (await users.ConfirmEmailAsync(user, AccountEmails.Decode(code))).Succeeded;
        // A link opened again after it signed its owner in: the address stays confirmed, and the page says so.
        var already = !confirmed && user is { EmailConfirmed: true };
        return View(new ConfirmEmailViewModel { Confirmed = confirmed, AlreadyConfirmed = already, UserId = userId, Code = code, ReturnUrl = ReturnOrNull(returnUrl) });
    }

    [HttpPost("confirm-email", Name = "Users.Account.ConfirmEmailSignIn")]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    public async Task<IActionResult> ConfirmEmailSignIn(string? userId, string? code, string? returnUrl)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is not { EmailConfirmed: true } || code is null || !await ConfirmsAsync(user, code) || await users.IsLockedOutAsync(user))
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return View(nameof(ConfirmEmail), new ConfirmEmailViewModel { Confirmed = false });
        }

        // The link signs in once: a new security stamp ends the token's use.
        await users.UpdateSecurityStampAsync(user);
        audit.RecordBy(user.Id, user.Email!, "user.signed-in-by-confirmation", user.Email!);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await signIn.SignInAsync(user, isPersistent: false);
        SetCultureCookie(user.PreferredCulture);
        return LocalRedirect(LocalUrl.OrHome(returnUrl));
    }

    private async Task<bool> ConfirmsAsync(AcademyUser user, string code)
    {
        try
        {
            return await users.VerifyUserTokenAsync(user, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<AcademyUser>.ConfirmEmailTokenPurpose, AccountEmails.Decode(code));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // A return address is kept only when it stays on this site; "/" is no address to return to.
    private static string? ReturnOrNull(string? url) => LocalUrl.OrHome(url) is var local && local != "/" ? local : null;

    [HttpGet("forgot-password", Name = "Users.Account.ForgotPassword")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    [HttpPost("forgot-password", Name = "Users.Account.ForgotPassword")]
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

    [HttpGet("reset-password", Name = "Users.Account.ResetPassword")]
    public IActionResult ResetPassword(string? userId, string? code, bool invited = false, string? returnUrl = null) =>
        userId is null || code is null
            ? BadRequest()
            : View(new ResetPasswordViewModel { UserId = userId, Code = code, Invited = invited, ReturnUrl = ReturnOrNull(returnUrl) });

    [HttpPost("reset-password", Name = "Users.Account.ResetPassword")]
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

        // An account an administrator disabled keeps its new password but is not signed in.
        if (await users.IsLockedOutAsync(user!))
        {
            await sessions.EndAllAsync(user!, HttpContext.RequestAborted);
            audit.RecordBy(user!.Id, user.Email!, "user.password-reset", user.Email!);
            await db.SaveChangesAsync();
            ModelState.AddModelError("", T["This account is disabled. Write to the site's administrators if you think it is a mistake."]);
            return View(model);
        }

        // The link proves the address; an invited user's account is ready to use.
        if (!user!.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        // A new password ends every other session: whoever knew the old one is out.
        await upgrade.MarkAsync(user, required: false);
        await sessions.EndAllAsync(user, HttpContext.RequestAborted);
        await throttle.ClearAddressAsync(user.Email!, HttpContext.RequestAborted);
        audit.RecordBy(user.Id, user.Email!, "user.password-reset", user.Email!);
        await db.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        SetCultureCookie(user.PreferredCulture);
        return LocalRedirect(LocalUrl.OrHome(model.ReturnUrl));
    }

    /// <summary>The client as the configured proxies report it (forwarded headers are trusted only from them).</summary>
    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private ViewResult Throttled(LoginViewModel model, TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        ModelState.AddModelError("", T["Too many attempts: try again in {0} min, or sign in with a link we send to your e-mail.", minutes]);
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        ViewData["OfferSignInLink"] = true;
        return View(model);
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
