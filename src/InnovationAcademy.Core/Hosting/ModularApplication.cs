using System.Reflection;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Content;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Sectors;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Core.Web.Forms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace InnovationAcademy.Core.Hosting;

/// <summary>
/// Composes the installed modules into one ASP.NET Core application: their services, MVC parts,
/// views, localization and endpoints. The host (InnovationAcademy.Web) calls this; it holds no module logic.
/// </summary>
public sealed class ModularApplication
{
    private readonly List<(ModuleDescriptor Module, StartupBase Startup)> _startups;

    private ModularApplication(ModuleCatalog catalog, List<(ModuleDescriptor, StartupBase)> startups)
    {
        Catalog = catalog;
        _startups = startups;
    }

    public ModuleCatalog Catalog { get; }

    /// <summary>Registers the platform's core services and every module's services, dependencies first.</summary>
    public static ModularApplication AddModules(IServiceCollection services, ModuleCatalog catalog)
    {
        services.AddSingleton(catalog);
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.TryAddSingleton<IClusterEvents, LocalClusterEvents>();
        services.TryAddSingleton<IFormSubmissions, MemoryFormSubmissions>();
        services.AddSingleton<RepeatedSubmitFilter>();
        services.AddSingleton<ISignal, Signal>();
        services.AddSingleton<IModelContributor, CoreModelContributor>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IFeatureManager, FeatureManager>();
        services.AddScoped<IEnabledExtensions, EnabledExtensions>();
        services.AddHostedService<PeriodicWorkRunner>();
        services.AddScoped<ISiteService, SiteService>();
        services.TryAddScoped<ISectorList, DefaultSectorList>();
        services.AddScoped<IPermissionCatalog, PermissionCatalog>();
        services.AddScoped<INavigationManager, NavigationManager>();
        services.AddScoped<IRecipeExecutor, RecipeExecutor>();
        services.AddScoped<IRecipeExporter, RecipeExporter>();
        services.AddSingleton<IRecipeHarvester, RecipeHarvester>();
        services.AddSingleton(sp => SiteAddress.FromConfiguration(
            sp.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
            required: Microsoft.Extensions.Hosting.HostEnvironmentEnvExtensions.IsProduction(sp.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>())));
        services.AddSingleton<ISiteUrls, SiteUrls>();
        services.AddSingleton<IContentRenderer, ContentRenderer>();
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddLocalization();
        services.AddOutputCache(options => options.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy()));
        ShareOutputCacheEvictions(services);

        // Spanish text goes out as written ("acción"), not as character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedBindingMessages>();
        var mvc = services
            .AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.AddService<RepeatedSubmitFilter>();
                // Before MVC's own number binders, which read "24.0" as 240 in Spanish.
                options.ModelBinderProviders.Insert(0, new LocalNumberModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new CheckboxModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new AdminCourseBinderProvider());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();

        // After MVC, whose antiforgery service it wraps to know which pages carry a form token.
        SecretAwareCompression.AddTo(services);

        // After MVC's data-annotations provider, which adds the implicit [Required] this gives a message.
        services.PostConfigure<MvcOptions>(options => options.ModelMetadataDetailsProviders.Add(new RequiredFieldMessage()));
        mvc.ConfigureApplicationPartManager(manager =>
        {
            manager.FeatureProviders.Remove(manager.FeatureProviders.OfType<ControllerFeatureProvider>().Single());
            manager.FeatureProviders.Add(new ModuleControllerFeatureProvider());
            foreach (var assembly in catalog.Modules.Select(m => m.Assembly).OfType<Assembly>())
            {
                if (manager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
                {
                    continue;
                }

                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    manager.ApplicationParts.Add(part);
                }
            }
        });
        services.Configure<RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(new ThemeViewLocationExpander()));

        var startups = new List<(ModuleDescriptor, StartupBase)>();
        foreach (var module in catalog.Modules)
        {
            var startupTypes = module.Assembly?.GetExportedTypes()
                .Where(t => t.IsSubclassOf(typeof(StartupBase)) && !t.IsAbstract) ?? [];
            foreach (var type in startupTypes)
            {
                var startup = (StartupBase)Activator.CreateInstance(type)!;
                startup.ConfigureServices(services);
                startups.Add((module, startup));
            }
        }

        return new ModularApplication(catalog, startups);
    }

    /// <summary>Wraps the output cache's store so that its evictions reach the other nodes.</summary>
    private static void ShareOutputCacheEvictions(IServiceCollection services)
    {
        var local = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(local);
        services.AddSingleton<IOutputCacheStore>(sp =>
        {
            var store = local.ImplementationInstance as IOutputCacheStore
                ?? local.ImplementationFactory?.Invoke(sp) as IOutputCacheStore
                ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(sp, local.ImplementationType!);
            return new ClusterOutputCacheStore(store, sp.GetRequiredService<IClusterEvents>());
        });
    }

    /// <summary>
    /// Lets every module add middleware and endpoints. Each module maps into a group tagged with its id,
    /// so <see cref="FeatureGateMiddleware"/> answers 404 while the module is disabled.
    /// </summary>
    public void Configure(WebApplication app)
    {
        app.UseMiddleware<FeatureGateMiddleware>();

        // After the gate, so that a disabled module's cached pages are not served either.
        app.UseOutputCache();
        foreach (var (module, startup) in _startups.OrderBy(s => Catalog.Modules.ToList().IndexOf(s.Module)).ThenBy(s => s.Startup.Order))
        {
            var group = app.MapGroup("").WithMetadata(new FeatureMetadata(module.Id));
            startup.Configure(app, group, app.Services);
        }

        app.MapControllers();
    }
}
