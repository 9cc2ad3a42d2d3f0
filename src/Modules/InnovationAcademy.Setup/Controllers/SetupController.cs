using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Setup.Services;
using InnovationAcademy.Setup.ViewModels;
using InnovationAcademy.Core.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Setup.Controllers;

[Route("setup")]
internal sealed class SetupController(
    SetupService setup,
    IRecipeHarvester harvester,
    IAccountProvisioning accounts,
    IStringLocalizer<SetupController> T) : Controller
{
    [HttpGet("", Name = "Setup.Setup.Index")]
    public async Task<IActionResult> Index()
    {
        if (await setup.IsSetUpAsync())
        {
            return NotFound();
        }

        var model = await WithRecipesAsync(new SetupViewModel());
        model.RecipeName = model.Recipes.FirstOrDefault(r => r.Name != "blank")?.Name ?? (model.Recipes.Count > 0 ? model.Recipes[0].Name : "");
        return View(model);
    }

    [HttpPost("", Name = "Setup.Setup.Index")]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    public async Task<IActionResult> Index(SetupViewModel model)
    {
        if (await setup.IsSetUpAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(await WithRecipesAsync(model));
        }

        var errors = await setup.SetupAsync(new SetupRequest(model.SiteName.Trim(), model.AdminEmail.Trim(), model.AdminPassword, model.RecipeName));
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, T[message]);
            }

            return View(await WithRecipesAsync(model));
        }

        await accounts.SignInAsync(model.AdminEmail);

        return LocalRedirect("/admin");
    }

    private async Task<SetupViewModel> WithRecipesAsync(SetupViewModel model)
    {
        model.Recipes = (await harvester.GetRecipesAsync()).Where(r => r.IsSetupRecipe).ToList();
        return model;
    }
}
