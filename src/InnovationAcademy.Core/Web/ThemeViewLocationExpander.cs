using Microsoft.AspNetCore.Mvc.Razor;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// Looks for layouts and shared partials in the active theme first (<c>/Views/Themes/{folder}/</c>).
/// The theme folder is put on the request by <see cref="SiteContextMiddleware"/>.
/// </summary>
public sealed class ThemeViewLocationExpander : IViewLocationExpander
{
    private const string Key = "theme";

    public void PopulateValues(ViewLocationExpanderContext context) =>
        context.Values[Key] = context.ActionContext.HttpContext.Items[SiteContextMiddleware.ThemeFolderKey] as string ?? "Default";

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(Key, out var folder) && folder is not null)
        {
            yield return $"/Views/Themes/{folder}/{{0}}.cshtml";
        }

        foreach (var location in viewLocations)
        {
            yield return location;
        }
    }
}
