using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Features.Controllers;

internal sealed record FeatureRow(ModuleDescriptor Module, bool Enabled, IReadOnlyList<string> DependencyNames, IReadOnlyList<string> EnabledDependentNames);

[Admin]
[Route("admin/features")]
internal sealed class AdminFeaturesController(
    IFeatureManager features,
    ModuleCatalog catalog,
    IStringLocalizer<AdminFeaturesController> T) : Controller
{
    [HttpGet("", Name = "Features.AdminFeatures.Index")]
    [RequirePermission(nameof(Permissions.ManageFeatures))]
    public async Task<IActionResult> Index()
    {
        var enabled = await features.GetEnabledAsync();
        var rows = catalog.Modules
            .Select(m => new FeatureRow(
                m,
                enabled.Contains(m.Id),
                m.Dependencies.Select(d => catalog.Find(d)!.Name).ToList(),
                catalog.Dependents(m.Id).Where(enabled.Contains).Select(d => catalog.Find(d)!.Name).ToList()))
            .OrderBy(r => r.Module.Category, StringComparer.Ordinal)
            .ThenBy(r => r.Module.Name, StringComparer.Ordinal)
            .ToList();
        return View(rows);
    }

    [HttpPost("{id}/enable", Name = "Features.AdminFeatures.Enable")]
    [RequirePermission(nameof(Permissions.ManageFeatures))]
    public async Task<IActionResult> Enable(string id)
    {
        try
        {
            var added = await features.EnableAsync([id]);
            TempData["Message"] = T["Enabled: {0}.", string.Join(", ", added.Select(a => catalog.Find(a)!.Name))].Value;
        }
        catch (FeatureChangeException ex)
        {
            TempData["Error"] = ex.Message;
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/disable", Name = "Features.AdminFeatures.Disable")]
    [RequirePermission(nameof(Permissions.ManageFeatures))]
    public async Task<IActionResult> Disable(string id)
    {
        try
        {
            await features.DisableAsync([id]);
            TempData["Message"] = T["Disabled: {0}. Its pages and menu entries are gone until you enable it again.", catalog.Find(id)!.Name].Value;
        }
        catch (FeatureChangeException ex)
        {
            TempData["Error"] = ex.Message;
        }

        return RedirectToAction(nameof(Index));
    }
}
