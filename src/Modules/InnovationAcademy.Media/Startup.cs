using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Media;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Media.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Media.Models;
using InnovationAcademy.Media.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace InnovationAcademy.Media;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, MediaModelContributor>();
        services.AddScoped<MediaStore>();
        services.AddScoped<IPictureUploads, PictureUploads>();
        services.AddScoped<IMediaLibrary, MediaLibrary>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, MediaStep>();
        services.AddScoped<IRecipeExportSource, MediaStep>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapGet("/media/{name}", Serve);

    /// <summary>
    /// Serves a stored file with its type and HTTP range requests (video seeking on phones). Names are random
    /// and never change, so the file may be cached for a year.
    /// </summary>
    private static IResult Serve(string name, MediaStore store, HttpContext context)
    {
        var path = store.PathOf(name);
        if (path is null || !File.Exists(path))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        var type = MediaTypes.ForStoredName(name)!;
        return Results.File(path, type.ContentType, enableRangeProcessing: true, lastModified: File.GetLastWriteTimeUtc(path), entityTag: new EntityTagHeaderValue($"\"{name}\""));
    }
}
