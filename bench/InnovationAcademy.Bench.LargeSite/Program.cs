using System.Globalization;
using InnovationAcademy.Bench.LargeSite;

// Seeds the load benchmark's large site straight into a database and prints how long each part took.
//   dotnet run -c Release --project bench/InnovationAcademy.Bench.LargeSite -- [--folder artifacts/bench/site] [--scale 1] [--postgres "Host=…"]
var folder = Path.GetFullPath("artifacts/bench/site");
var scale = 1.0;
string? postgres = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--folder":
            folder = Path.GetFullPath(args[++i]);
            break;
        case "--scale":
            scale = double.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--postgres":
            postgres = args[++i];
            break;
        default:
            Console.Error.WriteLine($"Unknown argument {args[i]}. Use --folder, --scale, --postgres.");
            return 2;
    }
}

Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var size = LargeSiteSize.Scaled(scale);
Console.WriteLine($"Seeding {size} into {(postgres is null ? folder : "PostgreSQL database ia_bench")} …");
var site = await BenchSite.SeedAsync(folder, size, postgres, Console.Out);
Console.WriteLine($"Seeded in {site.SeedSeconds:F1} s.");
return 0;
