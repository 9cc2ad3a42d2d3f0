using System.Text;
using System.Text.Json;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Recipes.Controllers;

[Admin]
[Route("admin/recipes")]
internal sealed class AdminRecipesController(
    IRecipeHarvester harvester,
    IRecipeExecutor executor,
    IRecipeExporter exporter,
    IStringLocalizer<AdminRecipesController> T) : Controller
{
    /// <summary>A recipe with whole courses stays far below this; larger uploads are refused before reading.</summary>
    public const long MaxUploadBytes = 20 * 1024 * 1024;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [HttpGet("", Name = "Recipes.AdminRecipes.Index")]
    [RequirePermission(nameof(Permissions.ManageRecipes))]
    public async Task<IActionResult> Index()
    {
        return View(await ShippedAsync());
    }

    [HttpPost("run", Name = "Recipes.AdminRecipes.Run")]
    [RequirePermission(nameof(Permissions.ManageRecipes))]
    public async Task<IActionResult> Run(string name)
    {
        if (await harvester.FindAsync(name ?? "") is not { } recipe)
        {
            return NotFound();
        }

        return await ExecuteAsync(recipe);
    }

    [HttpPost("upload", Name = "Recipes.AdminRecipes.Upload")]
    [RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
    [RequirePermission(nameof(Permissions.ManageRecipes))]
    public async Task<IActionResult> Upload(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return await ErrorAsync(T["Choose a recipe file (.json) to upload."].Value);
        }

        if (file.Length > MaxUploadBytes)
        {
            return await ErrorAsync(T["The file is too large: a recipe may have at most {0} MB.", MaxUploadBytes / 1024 / 1024].Value);
        }

        string json;
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            json = await reader.ReadToEndAsync();
        }
        catch (DecoderFallbackException)
        {
            return await ErrorAsync(T["The file is not UTF-8 text: save the recipe as UTF-8 JSON."].Value);
        }

        RecipeDescriptor recipe;
        try
        {
            recipe = RecipeReader.Parse(json, Path.GetFileName(file.FileName));
        }
        catch (RecipeException ex)
        {
            return await ErrorAsync(ex.Message);
        }

        return await ExecuteAsync(recipe);
    }

    [HttpGet("export", Name = "Recipes.AdminRecipes.Export")]
    [RequirePermission(nameof(Permissions.ManageRecipes))]
    public async Task<IActionResult> Export()
    {
        var recipe = await exporter.ExportAsync("export");
        var bytes = Encoding.UTF8.GetBytes(recipe.ToJsonString(Indented));
        return File(bytes, "application/json", $"site-{DateTime.UtcNow:yyyyMMdd-HHmm}.recipe.json");
    }

    private async Task<IActionResult> ExecuteAsync(RecipeDescriptor recipe)
    {
        try
        {
            await executor.ExecuteAsync(recipe);
        }
        catch (RecipeException ex)
        {
            return await ErrorAsync(T["The recipe “{0}” did not run, and nothing was changed: {1}", recipe.DisplayName, ex.Message].Value);
        }

        TempData["Message"] = T["The recipe “{0}” ran: {1} steps.", recipe.DisplayName, recipe.Steps.Count].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ErrorAsync(string message)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Error"] = message;
        return View(nameof(Index), await ShippedAsync());
    }

    private async Task<IReadOnlyList<RecipeDescriptor>> ShippedAsync() =>
        (await harvester.GetRecipesAsync()).Where(r => !r.IsSetupRecipe || r.Steps.Count > 0).ToList();
}
