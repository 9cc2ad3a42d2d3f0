using InnovationAcademy.Core.Cohorts;
using InnovationAcademy.Core.Text;
using InnovationAcademy.Core.Users;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.TalentDirectory.Models;
using InnovationAcademy.TalentDirectory.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Recipes;

/// <summary>
/// <c>{ "name": "TalentProfiles", "sectors": [ "Gastronomía" ], "profiles": [ { "email", "name", "business", "sector",
/// "skills": [ "…" ], "description", "city", "region", "countryOfOrigin", "languages": [ "es" ], "photo", "website",
/// "social", "whatsapp", "latitude", "longitude", "precision": "approximate|city", "cohort": "creando-2022",
/// "status": "published|pending|changesRequested|rejected", "hidden", "publishedOn": "2022-11-10" } ] }</c>.
/// A profile belongs to the account with its e-mail when there is one (created by an earlier step), else messages go to
/// that address. Profiles are checked like the forms check them; a wrong one is named and nothing is imported.
/// The export holds exact locations and addresses: recipes move a site's data between its administrators.
/// </summary>
internal sealed class TalentProfilesStep(AcademyDbContext db, IUserDirectory users, ICohortDirectory cohortDirectory, TalentProfileImporter importer) : IRecipeStepHandler, IRecipeExportSource
{
    public string StepName => "TalentProfiles";

    /// <summary>After users and cohorts, which profiles name.</summary>
    public int Order => 220;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var known = await db.Set<TalentSector>().Select(s => s.Name).ToListAsync(cancellationToken);
        foreach (var name in RecipeStepContext.Strings(context.Step, "sectors", "sectors").Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (name.Length is 0 or > 100)
            {
                throw new RecipeItemException("sectors", $"\"{name}\" must be 1 to 100 characters.");
            }

            if (!known.Any(k => string.Equals(TextFolding.Fold(k), TextFolding.Fold(name), StringComparison.Ordinal)))
            {
                db.Add(new TalentSector { Name = name });
                known.Add(name);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var rows = context.Items("profiles").Select((item, i) => Read(item, i + 1)).ToList();
        var result = await importer.ImportAsync(rows, "recipe", context.Recipe.Name, cancellationToken);
        if (result.Errors.Count > 0 && result.Errors[0] is var error)
        {
            var message = error.Argument is { } argument ? string.Format(CultureInfo.InvariantCulture, error.Message, argument) : error.Message;
            throw new RecipeItemException($"profile {error.Row}", $"{error.Field}: {message}");
        }
    }

    private static TalentImportRow Read(JsonObject item, int number)
    {
        var label = $"profile {number}";
        var status = RecipeStepContext.OptionalString(item, "status", label) ?? "published";
        var precision = RecipeStepContext.OptionalString(item, "precision", label) ?? "approximate";
        var published = RecipeStepContext.OptionalString(item, "publishedOn", label);
        DateTime? publishedUtc = null;
        if (published is not null)
        {
            publishedUtc = DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc)
                : throw new RecipeItemException(label, "\"publishedOn\" must be a date such as 2022-11-10.");
        }

        return new TalentImportRow(
            number,
            new TalentProfileInput
            {
                DisplayName = RecipeStepContext.RequiredString(item, "name", label),
                BusinessName = RecipeStepContext.OptionalString(item, "business", label),
                SectorName = RecipeStepContext.OptionalString(item, "sector", label),
                Skills = string.Join(", ", RecipeStepContext.Strings(item, "skills", label)),
                Description = RecipeStepContext.OptionalString(item, "description", label),
                City = RecipeStepContext.OptionalString(item, "city", label),
                Region = RecipeStepContext.OptionalString(item, "region", label),
                CountryOfOrigin = RecipeStepContext.OptionalString(item, "countryOfOrigin", label),
                Languages = string.Join(", ", RecipeStepContext.Strings(item, "languages", label)),
                PhotoUrl = RecipeStepContext.OptionalString(item, "photo", label),
                Website = RecipeStepContext.OptionalString(item, "website", label),
                SocialUrl = RecipeStepContext.OptionalString(item, "social", label),
                WhatsApp = RecipeStepContext.OptionalString(item, "whatsapp", label),
                Latitude = Coordinate(item, "latitude", label),
                Longitude = Coordinate(item, "longitude", label),
                Precision = precision.ToLowerInvariant() switch
                {
                    "approximate" => LocationPrecision.Approximate,
                    "city" => LocationPrecision.CityCentre,
                    _ => throw new RecipeItemException(label, "\"precision\" must be approximate or city."),
                },
            },
            RecipeStepContext.RequiredString(item, "email", label),
            RecipeStepContext.OptionalString(item, "cohort", label),
            status.ToLowerInvariant() switch
            {
                "published" => TalentProfileStatus.Published,
                "pending" => TalentProfileStatus.Pending,
                "changesrequested" => TalentProfileStatus.ChangesRequested,
                "rejected" => TalentProfileStatus.Rejected,
                _ => throw new RecipeItemException(label, "\"status\" must be published, pending, changesRequested or rejected."),
            },
            RecipeStepContext.OptionalBool(item, "hidden", label) ?? false,
            publishedUtc);
    }

    private static double? Coordinate(JsonObject item, string property, string label) => item[property] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<double>(),
        _ => throw new RecipeItemException(label, $"field \"{property}\" must be a number."),
    };

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var sectors = await db.Set<TalentSector>().AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(cancellationToken);
        var profiles = await (
            from p in db.Set<TalentProfile>().AsNoTracking().Include(p => p.Sector)
            join c in cohortDirectory.Query() on p.CohortId equals c.Id into cohorts
            from c in cohorts.DefaultIfEmpty()
            orderby p.Id
            select new { Profile = p, Cohort = c == null ? null : c.Slug }).ToListAsync(cancellationToken);
        var owners = await users.FindManyAsync(profiles.Select(p => p.Profile.OwnerId).OfType<string>(), cancellationToken);
        if (sectors.Count == 0 && profiles.Count == 0)
        {
            return;
        }

        context.AddStep(StepName, new JsonObject
        {
            ["sectors"] = new JsonArray(sectors.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            ["profiles"] = new JsonArray(profiles.Select(row => (JsonNode)Write(row.Profile, (row.Profile.OwnerId is { } owner ? owners.GetValueOrDefault(owner)?.Email : null) ?? row.Profile.ContactEmail, row.Cohort)).ToArray()),
        });
    }

    private static JsonObject Write(TalentProfile p, string? email, string? cohort)
    {
        var json = new JsonObject
        {
            ["email"] = email,
            ["name"] = p.DisplayName,
            ["business"] = p.BusinessName,
            ["sector"] = p.Sector?.Name,
            ["skills"] = new JsonArray(TalentProfileRules.List(p.Skills).Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            ["description"] = p.Description,
            ["city"] = p.City,
            ["region"] = p.Region,
            ["countryOfOrigin"] = p.CountryOfOrigin,
            ["languages"] = new JsonArray(TalentProfileRules.List(p.Languages).Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            ["photo"] = p.PhotoUrl,
            ["website"] = p.Website,
            ["social"] = p.SocialUrl,
            ["whatsapp"] = p.WhatsApp,
            ["latitude"] = p.Latitude,
            ["longitude"] = p.Longitude,
            ["precision"] = p.Precision == LocationPrecision.CityCentre ? "city" : "approximate",
            ["cohort"] = cohort,
            ["status"] = p.Status == TalentProfileStatus.ChangesRequested ? "changesRequested" : p.Status.ToString().ToLowerInvariant(),
            ["hidden"] = p.Hidden,
            ["publishedOn"] = p.PublishedUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        foreach (var empty in json.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList())
        {
            json.Remove(empty);
        }

        return json;
    }
}
