using InnovationAcademy.Core.Hosting;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Web;

// The installed modules are the InnovationAcademy.* assemblies beside the host that carry a manifest.
var catalog = ModuleCatalog.Discover(AppContext.BaseDirectory);
var command = CommandLine.Parse(args);

var builder = WebApplication.CreateBuilder(command.HostArguments);
builder.WebHost.UseStaticWebAssets();
builder.Services.AddAcademyDatabase();
var modules = ModularApplication.AddModules(builder.Services, catalog);
builder.Services.AddAcademyHostServices();
builder.Services.AddAcademyKeyProtection(builder.Configuration);

var app = builder.Build();
await app.Services.MigrateAcademyDatabaseAsync();

if (command.Recipe is not null)
{
    // `-- recipe run|export <file>`: works on the configured database without starting the web server.
    return await RecipeCommand.RunAsync(app.Services, command.Recipe, Console.Out, Console.Error);
}

app.UseAcademyPipeline(modules);
await app.RunAsync();
return 0;
public partial class Program;
