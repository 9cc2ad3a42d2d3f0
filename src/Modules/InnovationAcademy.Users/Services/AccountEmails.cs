using System.Text;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace InnovationAcademy.Users.Services;

/// <summary>The e-mails of the account life cycle, each carrying a one-time link.</summary>
internal sealed class AccountEmails(UserManager<AcademyUser> users, IEmailQueue email, ISiteUrls urls)
{
    /// <param name="returnUrl">Where the person was going (a course, a cohort's sign-up): the link leads back there once they are signed in.</param>
    public async Task SendConfirmationAsync(AcademyUser user, string? returnUrl = null, CancellationToken cancellationToken = default)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var back = returnUrl is null ? "" : "&returnUrl=" + Uri.EscapeDataString(returnUrl);
        var link = urls.Absolute($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={token}{back}");
        await email.EnqueueTemplateAsync(user.Email!, "confirm-email", user.PreferredCulture, new { user.DisplayName, Link = link }, cancellationToken: cancellationToken);
    }

    public async Task SendPasswordResetAsync(AcademyUser user, CancellationToken cancellationToken = default)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = urls.Absolute($"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&code={token}");
        await email.EnqueueTemplateAsync(user.Email!, "reset-password", user.PreferredCulture, new { user.DisplayName, Link = link }, cancellationToken: cancellationToken);
    }

    /// <summary>Someone tried to register with an address that has an account: its owner hears of it, the visitor does not.</summary>
    public async Task SendAccountExistsAsync(AcademyUser user, CancellationToken cancellationToken = default) =>
        await email.EnqueueTemplateAsync(user.Email!, "account-exists", user.PreferredCulture,
            new { user.DisplayName, SignIn = urls.Absolute("/account/login"), Reset = urls.Absolute("/account/forgot-password") }, cancellationToken: cancellationToken);

    /// <summary>
    /// An invited user has no password yet: the link lets them choose one. An invitation that answers a sign-up names
    /// it and leads back to where the person goes next.
    /// </summary>
    public async Task SendInvitationAsync(AcademyUser user, string siteName, Invitation? invitation = null, CancellationToken cancellationToken = default)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var back = LocalUrl.OrHome(invitation?.ReturnUrl) is var local && local != "/" ? "&returnUrl=" + Uri.EscapeDataString(local) : "";
        var link = urls.Absolute($"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&code={token}&invited=true{back}");
        var enrolment = invitation?.Kind == InvitationKind.Enrolment;
        await email.EnqueueTemplateAsync(user.Email!, "invitation", user.PreferredCulture,
            new
            {
                user.DisplayName,
                Link = link,
                SiteName = siteName,
                Title = enrolment ? "" : invitation?.Title ?? "",
                CourseTitle = enrolment ? invitation!.Title : "",
            },
            invitation?.About,
            cancellationToken);
    }

    public static string Decode(string code) => Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
}
