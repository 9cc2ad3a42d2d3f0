using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Recipes.Recipes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Recipes;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, RecipesStep>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapGet("/api/recipes", ListShippedRecipesAsync);

    /// <summary>The shipped recipes, for tools that set sites up: name, title, whether it sets a site up, step names.</summary>
    private static async Task<IResult> ListShippedRecipesAsync(HttpContext context, IAuthorizationService authorization, IRecipeHarvester harvester)
    {
        if (!await authorization.AuthorizeAsync(context.User, Permissions.ManageRecipes))
        {
            return context.User.Identity?.IsAuthenticated == true ? Results.StatusCode(StatusCodes.Status403Forbidden) : Results.Challenge();
        }

        var recipes = await harvester.GetRecipesAsync(context.RequestAborted);
        return Results.Ok(recipes.Select(r => new
        {
            r.Name,
            r.DisplayName,
            r.Description,
            r.IsSetupRecipe,
            Steps = r.Steps.Select(s => s["name"]!.GetValue<string>()),
        }));
    }
}
