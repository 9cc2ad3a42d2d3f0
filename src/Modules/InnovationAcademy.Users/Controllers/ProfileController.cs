using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Users.Models;
using InnovationAcademy.Users.Services;
using InnovationAcademy.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Users.Controllers;

/// <summary>The signed-in user's own name, language and time zone.</summary>
[Route("account/profile")]
public sealed class ProfileController(
    UserManager<AcademyUser> users,
    SignInManager<AcademyUser> signIn,
    IStringLocalizer<ProfileController> T) : Controller
{
    [HttpGet("")]
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
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(ProfileViewModel model)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!SupportedCultures.IsSupported(model.PreferredCulture))
        {
            ModelState.AddModelError(nameof(model.PreferredCulture), T["Choose Spanish or English."]);
        }

        if (!TimeZoneChoices.IsValid(model.TimeZoneId))
        {
            ModelState.AddModelError(nameof(model.TimeZoneId), T["Choose a time zone from the list."]);
        }

        model.Email = user.Email ?? "";
        model.TimeZones = TimeZoneChoices.For(user.TimeZoneId);
        if (!ModelState.IsValid)
        {
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
}
