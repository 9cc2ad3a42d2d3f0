using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Sectors;
using InnovationAcademy.Core.Users;
using System.Security.Claims;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Cohorts.ViewModels;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Cohorts.Controllers;

/// <summary>
/// A cohort's public page and its sign-up with the step-zero intake. A visitor who is not signed in gives a name
/// and an e-mail and gets an account by invitation; someone whose e-mail has an account is asked to sign in first.
/// A share link's <c>?ref=</c> code travels through the form so that the sign-up records its channel.
/// </summary>
[Route("cohorts/{slug}")]
internal sealed class CohortController(
    CohortGraduation graduation,
    AcademyDbContext db,
    CohortCatalog catalog,
    CohortSignUp signUps,
    CohortCalendars calendars,
    IAccountProvisioning accounts,
    ISectorList sectors,
    ISiteUrls urls,
    TimeProvider clock,
    IStringLocalizer<CohortController> T) : Controller
{
    [HttpGet("", Name = "Cohorts.Cohort.Index")]
    public async Task<IActionResult> Index(string slug, string? @ref)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        return cohort is null ? NotFound() : View(await PageAsync(cohort, new SignUpForm { Ref = @ref }));
    }

    /// <summary>The cohort's public calendar of sessions, for calendar apps to subscribe to.</summary>
    [HttpGet("calendar.ics", Name = "Cohorts.Cohort.Calendar")]
    public async Task<IActionResult> Calendar(string slug)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        return cohort is null ? NotFound() : File(System.Text.Encoding.UTF8.GetBytes(calendars.Public(cohort)), CohortCalendars.MediaType, $"{slug}.ics");
    }

    [HttpPost("sign-up", Name = "Cohorts.Cohort.SignUp")]
    [EnableRateLimiting(RateLimitPolicies.PublicForms)]
    public async Task<IActionResult> SignUp(string slug, SignUpForm form)
    {
        var cohort = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(form.Website))
        {
            // A bot filled the hidden field: answer as if it worked, record nothing.
            TempData[SignUpDoneKey] = T["Thank you: your sign-up was received."].Value;
            return RedirectToRoute("Cohorts.Cohort.Index", new { slug }, "sign-up-done");
        }

        if (!CohortSignUp.Accepts(cohort))
        {
            // Checked before anything is made: a closed cohort creates no account and sends no invitation.
            TempData[SignUpDoneKey] = T["Sign-up to this cohort is closed."].Value;
            return RedirectToRoute("Cohorts.Cohort.Index", new { slug }, "sign-up-done");
        }

        var sectorNames = await sectors.NamesAsync(HttpContext.RequestAborted);
        Validate(form, sectorNames);
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null && ModelState.IsValid)
        {
            // A new account sees times where its owner is: the browser says so when it can, else the cohort's zone.
            var (user, errors) = await accounts.InviteLearnerAsync(form.Email!.Trim(), form.DisplayName!.Trim(),
                System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
                TimeZoneChoices.Canonical(form.BrowserTimeZone) ?? cohort.TimeZoneId,
                new Invitation(cohort.Name, Url.RouteUrl("Cohorts.MyJourney.Index") ?? "/my/journey", EmailAbout.Cohort(cohort.Id)), HttpContext.RequestAborted);
            if (user is null)
            {
                foreach (var (field, message) in errors)
                {
                    ModelState.AddModelError(field switch { "Email" => nameof(form.Email), "DisplayName" => nameof(form.DisplayName), _ => "" }, field == "Email" && message.Contains("already", StringComparison.Ordinal)
                        ? T["This e-mail already has an account: sign in first, then sign up."]
                        : T[message]);
                }
            }
            else
            {
                userId = user.Id;
                await db.SaveChangesAsync(HttpContext.RequestAborted);
            }
        }

        if (!ModelState.IsValid || userId is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await PageAsync(cohort, form));
        }

        var intake = new Intake(form.Device!.Value, form.Connectivity!.Value, form.Skills.Distinct().Count(i => i >= 0 && i < StepZero.Skills.Count), form.Stage!.Value, SectorNames.Match(sectorNames, form.Sector)!);
        var demographics = form.Consent ? new Demographics(form.Gender ?? "", form.Nationality ?? "", form.MigrationStatus ?? "") : null;
        var result = await signUps.SignUpAsync(cohort, userId, intake, demographics, form.Ref, HttpContext.RequestAborted);
        // Said where the form was (the browser would otherwise open the page at an empty form), instead of the form.
        TempData[SignUpDoneKey] = result switch
        {
            SignUpResult.Received when User.Identity?.IsAuthenticated != true => T["Thank you: your sign-up was received. We have sent you an e-mail to choose your password; we will write again when the team has reviewed it."].Value,
            SignUpResult.Received => T["Thank you: your sign-up was received. We will e-mail you when the team has reviewed it."].Value,
            SignUpResult.AlreadySignedUp => T["You had already signed up to this cohort."].Value,
            _ => T["Sign-up to this cohort is closed."].Value,
        };
        return RedirectToRoute("Cohorts.Cohort.Index", new { slug }, "sign-up-done");
    }

    /// <summary>The answer to a sign-up, shown once in place of the form.</summary>
    public const string SignUpDoneKey = "SignUpDone";

    /// <summary>Every answer checked at its field; demographics only count with the consent ticked.</summary>
    private void Validate(SignUpForm form, IReadOnlyList<string> sectorNames)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            if (string.IsNullOrWhiteSpace(form.DisplayName) || form.DisplayName.Length > 200)
            {
                ModelState.AddModelError(nameof(form.DisplayName), T["Write your name (up to 200 characters)."]);
            }

            if (string.IsNullOrWhiteSpace(form.Email) || form.Email.Length > 256 || !EmailAddress.IsValid(form.Email.Trim()))
            {
                ModelState.AddModelError(nameof(form.Email), T["Write an e-mail address we can write to."]);
            }
        }

        if (form.Device is null || !Enum.IsDefined(form.Device.Value))
        {
            ModelState.AddModelError(nameof(form.Device), T["Choose the device you will use."]);
        }

        if (form.Connectivity is null || !Enum.IsDefined(form.Connectivity.Value))
        {
            ModelState.AddModelError(nameof(form.Connectivity), T["Choose how you connect to the internet."]);
        }

        if (form.Stage is null || !Enum.IsDefined(form.Stage.Value))
        {
            ModelState.AddModelError(nameof(form.Stage), T["Choose your business's stage."]);
        }

        if (SectorNames.Match(sectorNames, form.Sector) is null)
        {
            ModelState.AddModelError(nameof(form.Sector), T["Choose your business's sector."]);
        }

        if (form.Consent)
        {
            if (form.Gender is { Length: > 0 } gender && !StepZero.Genders.Contains(gender))
            {
                ModelState.AddModelError(nameof(form.Gender), T["Choose one of the options."]);
            }

            if (form.MigrationStatus is { Length: > 0 } status && !StepZero.MigrationStatuses.Contains(status))
            {
                ModelState.AddModelError(nameof(form.MigrationStatus), T["Choose one of the options."]);
            }

            if (form.Nationality?.Length > 100)
            {
                ModelState.AddModelError(nameof(form.Nationality), T["Write up to 100 characters."]);
            }
        }
    }

    private async Task<CohortPageViewModel> PageAsync(Cohort cohort, SignUpForm form)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        // Visitors see the cohort's own time; participants their profile's (a Lima session read from Madrid).
        var zone = userId is null ? ZoneOf(cohort.TimeZoneId) : UserClaims.TimeZoneOf(User);
        var referral = CohortSignUp.ChannelOf(cohort, form.Ref);
        var share = urls.Absolute($"/cohorts/{cohort.Slug}" + (referral is null ? "" : "?ref=" + Uri.EscapeDataString(referral.Code)));
        var message = T["Join {0}: free workshops and clinics for entrepreneurs. Sign up here: {1}", cohort.Name, share].Value;
        return new CohortPageViewModel
        {
            Cohort = cohort,
            Zone = zone,
            SignedIn = userId is not null,
            Mine = userId is null ? null : await db.Set<CohortApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.CohortId == cohort.Id && a.UserId == userId, HttpContext.RequestAborted),
            Form = form,
            Channel = referral?.Label,
            ShareUrl = share,
            WhatsAppUrl = "https://wa.me/?text=" + Uri.EscapeDataString(message),
            Rule = await graduation.RuleAsync(cohort, HttpContext.RequestAborted),
            Sectors = await sectors.NamesAsync(HttpContext.RequestAborted),
            NowUtc = clock.GetUtcNow().UtcDateTime,
        };
    }

    private static TimeZoneInfo ZoneOf(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
