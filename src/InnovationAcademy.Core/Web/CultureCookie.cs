using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace InnovationAcademy.Core.Web;

/// <summary>The interface-language cookie, set by the switcher, at sign-in and when a profile changes.</summary>
public static class CultureCookie
{
    public static void Set(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
}
