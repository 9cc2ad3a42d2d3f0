using System.Security.Cryptography;
using System.Text;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Users.Services;

/// <summary>One-time sign-in links by e-mail, valid for 20 minutes: the owner's way past a throttled sign-in form.</summary>
internal sealed class SignInLinks(AcademyDbContext db, IEmailQueue email, ISiteUrls urls, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    /// <summary>Queues the e-mail; the caller saves.</summary>
    public async Task SendAsync(AcademyUser user, string? returnUrl, CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<SignInLink>().Where(l => l.ExpiresUtc < now).ExecuteDeleteAsync(cancellationToken);
        db.Set<SignInLink>().Add(new SignInLink { TokenHash = Hash(token), UserId = user.Id, CreatedUtc = now, ExpiresUtc = now + Lifetime });
        var path = "/account/login-link/" + token + (LocalUrl.OrHome(returnUrl) is var back && back != "/" ? "?returnUrl=" + Uri.EscapeDataString(back) : "");
        await email.EnqueueTemplateAsync(user.Email!, "sign-in-link", user.PreferredCulture,
            new { user.DisplayName, Link = urls.Absolute(path), Minutes = (int)Lifetime.TotalMinutes }, cancellationToken: cancellationToken);
    }

    /// <summary>Uses the link up: the user's id the first time, null after that, when it expired, or when it never was.</summary>
    public async Task<string?> ConsumeAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = await db.Set<SignInLink>().AsNoTracking()
            .Where(l => l.TokenHash == hash && l.UsedUtc == null && l.ExpiresUtc > now)
            .Select(l => l.UserId)
            .FirstOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return null;
        }

        // Only one of two simultaneous presses wins.
        var claimed = await db.Set<SignInLink>()
            .Where(l => l.TokenHash == hash && l.UsedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.UsedUtc, now), cancellationToken);
        return claimed == 1 ? userId : null;
    }

    private static string Hash(string token) =>
        WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
