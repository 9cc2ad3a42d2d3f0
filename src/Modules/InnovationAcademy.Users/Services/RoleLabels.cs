using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Mvc.Localization;

namespace InnovationAcademy.Users.Services;

/// <summary>A role as people read it: a standard role in the page's language, a role the site made as it was named.</summary>
internal static class RoleLabels
{
    public static string Of(string role, IViewLocalizer T)
    {
        ArgumentNullException.ThrowIfNull(T);
        return RoleNames.LabelKey(role) is { } key ? T[key].Value : role;
    }
}
