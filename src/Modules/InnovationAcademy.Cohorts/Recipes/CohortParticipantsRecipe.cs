using InnovationAcademy.Core.Sectors;
using System.Globalization;
using System.Text.Json.Nodes;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Recipes;

/// <summary>
/// A cohort's <c>"participants"</c> in the <c>Cohorts</c> step: <c>[ { "email", "name", "language", "status":
/// "pending|accepted|waitlisted|rejected", "referral": "code", "signedUp": "2023-08-01", "device":
/// "noneOfMyOwn|smartphoneOnly|computer|smartphoneAndComputer", "connectivity": "rarely|publicOrBorrowed|mobileData|homeInternet",
/// "skills": 0-4, "stage": "idea|starting|running|growing", "sector", "demographics": { "gender", "nationality",
/// "migrationStatus" }, "attended": [ 1, 2, 5 ] } ]</c>. <c>attended</c> numbers the cohort's sessions from 1 in
/// the order they start. Accounts are found by e-mail or created without a password (the person sets one through
/// "forgot password"); a participant already in the cohort has their answers replaced. Demographics are imported
/// (they arrive with the consent the source site recorded) but never exported: they are shown only in aggregate.
/// </summary>
internal sealed class CohortParticipantsRecipe(AcademyDbContext db, IAccountProvisioning accounts, IUserDirectory people, ISectorList sectors, TimeProvider clock)
{
    private sealed record Row(JsonObject Item, string Label, string Email);

    public async Task ImportAsync(Cohort cohort, JsonArray items, string cohortLabel, CancellationToken cancellationToken)
    {
        var rows = items.OfType<JsonObject>().Select((item, i) =>
        {
            var label = $"{cohortLabel}, participant {i + 1}";
            var email = RecipeStepContext.RequiredString(item, "email", label).Trim();
            return EmailAddress.IsValid(email) ? new Row(item, label, email) : throw new RecipeItemException(label, $"\"email\" '{email}' is not an e-mail address.");
        }).ToList();
        var duplicate = rows.GroupBy(r => accounts.NormalizeEmail(r.Email)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RecipeItemException(duplicate.Skip(1).First().Label, $"'{duplicate.First().Email}' is listed twice in this cohort.");
        }

        var (users, _) = await accounts.FindOrAddAsync(rows.Select(r => new AccountRequest(
            r.Email,
            RecipeStepContext.OptionalString(r.Item, "name", r.Label) ?? r.Email,
            RecipeStepContext.OptionalString(r.Item, "language", r.Label) ?? cohort.Language,
            RecipeStepContext.OptionalString(r.Item, "timeZone", r.Label) ?? cohort.TimeZoneId)).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var sessions = cohort.Sessions.OrderBy(s => s.StartsUtc).ThenBy(s => s.Id).Select(s => s.Id).ToList();
        var existing = await db.Set<CohortApplication>().Where(a => a.CohortId == cohort.Id).ToDictionaryAsync(a => a.UserId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var sectorNames = await sectors.NamesAsync(cancellationToken);
        var imported = new List<(CohortApplication Application, Row Row)>(rows.Count);
        foreach (var row in rows)
        {
            var user = users[accounts.NormalizeEmail(row.Email)];
            if (!existing.TryGetValue(user.Id, out var application))
            {
                application = new CohortApplication { CohortId = cohort.Id, UserId = user.Id, Channel = "direct", Sector = "" };
                db.Add(application);
            }

            Fill(application, row, cohort, sectorNames, now);
            imported.Add((application, row));
        }

        await db.SaveChangesAsync(cancellationToken);

        var ids = imported.Select(i => i.Application.Id).ToList();
        await db.Set<ApplicantDemographics>().Where(d => ids.Contains(d.ApplicationId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Attendance>().Where(a => ids.Contains(a.ApplicationId) && sessions.Contains(a.SessionId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var (application, row) in imported)
        {
            if (row.Item["demographics"] is JsonObject demographics)
            {
                db.Add(DemographicsOf(demographics, application.Id, application.SignedUpUtc, row.Label));
            }

            foreach (var number in Numbers(row.Item, "attended", row.Label))
            {
                var sessionId = number >= 1 && number <= sessions.Count ? sessions[number - 1]
                    : throw new RecipeItemException(row.Label, $"\"attended\" names session {number}, but the cohort has {sessions.Count} sessions.");
                db.Add(new Attendance { SessionId = sessionId, ApplicationId = application.Id, Present = true, MarkedUtc = now, MarkedBy = "recipe", Source = "recipe" });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The participants of a cohort, without their demographics.</summary>
    public async Task<JsonArray> ExportAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        var numbers = cohort.Sessions.OrderBy(s => s.StartsUtc).ThenBy(s => s.Id).Select((s, i) => (s.Id, Number: i + 1)).ToDictionary(s => s.Id, s => s.Number);
        var codes = cohort.ReferralCodes.ToDictionary(r => r.Id, r => r.Code);
        var participants = await (from application in db.Set<CohortApplication>().AsNoTracking()
                                  join person in people.Query() on application.UserId equals person.Id
                                  where application.CohortId == cohort.Id
                                  orderby application.SignedUpUtc, person.Email, application.Id
                                  select new { application, person.Email, person.DisplayName, PreferredCulture = person.Culture }).ToListAsync(cancellationToken);
        var attendance = (await db.Set<Attendance>().AsNoTracking()
                .Where(a => a.Present && db.Set<CohortApplication>().Any(p => p.Id == a.ApplicationId && p.CohortId == cohort.Id))
                .Select(a => new { a.ApplicationId, a.SessionId }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ApplicationId, a => numbers.GetValueOrDefault(a.SessionId));
        return new JsonArray(participants.Select(p => (JsonNode)new JsonObject
        {
            ["email"] = p.Email,
            ["name"] = p.DisplayName,
            ["language"] = p.PreferredCulture,
            ["status"] = RecipeEnums.Name(p.application.Status),
            ["referral"] = p.application.ReferralCodeId is { } id ? codes.GetValueOrDefault(id) : null,
            ["signedUp"] = p.application.SignedUpUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["device"] = RecipeEnums.Name(p.application.Device),
            ["connectivity"] = RecipeEnums.Name(p.application.Connectivity),
            ["skills"] = p.application.DigitalSkills,
            ["stage"] = RecipeEnums.Name(p.application.BusinessStage),
            ["sector"] = p.application.Sector,
            ["attended"] = new JsonArray(attendance[p.application.Id].Where(n => n > 0).Order().Select(n => (JsonNode)n).ToArray()),
        }).ToArray());
    }

    private static void Fill(CohortApplication application, Row row, Cohort cohort, IReadOnlyList<string> sectorNames, DateTime now)
    {
        var item = row.Item;
        var label = row.Label;
        application.Status = RecipeEnums.Optional<ApplicationStatus>(item, "status", label) ?? ApplicationStatus.Pending;
        var referral = RecipeStepContext.OptionalString(item, "referral", label);
        var code = CohortSignUp.ChannelOf(cohort, referral);
        if (referral is not null && code is null)
        {
            throw new RecipeItemException(label, $"\"referral\" '{referral}' is not among the cohort's \"referralCodes\".");
        }

        application.ReferralCodeId = code?.Id;
        application.Channel = code?.Label ?? "direct";
        application.SignedUpUtc = RecipeStepContext.OptionalString(item, "signedUp", label) is { } signedUp
            ? DateOnly.TryParseExact(signedUp, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc)
                : throw new RecipeItemException(label, "\"signedUp\" must be a date written yyyy-MM-dd.")
            : now;
        if (application.Status != ApplicationStatus.Pending)
        {
            application.DecidedUtc ??= application.SignedUpUtc;
            application.DecidedBy ??= "recipe";
        }

        application.Device = RecipeEnums.Optional<DeviceAccess>(item, "device", label) ?? application.Device;
        application.Connectivity = RecipeEnums.Optional<Connectivity>(item, "connectivity", label) ?? application.Connectivity;
        application.DigitalSkills = RecipeStepContext.OptionalInt(item, "skills", label) is { } skills
            ? skills >= 0 && skills <= StepZero.Skills.Count ? skills : throw new RecipeItemException(label, $"\"skills\" is from 0 to {StepZero.Skills.Count}.")
            : application.DigitalSkills;
        application.BusinessStage = RecipeEnums.Optional<BusinessStage>(item, "stage", label) ?? application.BusinessStage;
        // One of the site's sectors (shared with the talent directory), written as the list writes it.
        application.Sector = RecipeStepContext.OptionalString(item, "sector", label) is { } sector
            ? SectorNames.Match(sectorNames, sector) ?? throw new RecipeItemException(label, $"\"sector\" must be one of the site's sectors: {string.Join(", ", sectorNames)}.")
            : application.Sector.Length > 0 ? application.Sector : SectorNames.Match(sectorNames, "Otros servicios") ?? "";
        application.Readiness = StepZero.ReadinessOf(application.Device, application.Connectivity, application.DigitalSkills);
        if (application.CalendarToken.Length == 0)
        {
            application.CalendarToken = CalendarTokens.New();
        }
    }

    private static ApplicantDemographics DemographicsOf(JsonObject item, int applicationId, DateTime consented, string label)
    {
        var gender = RecipeStepContext.OptionalString(item, "gender", label) ?? "";
        var status = RecipeStepContext.OptionalString(item, "migrationStatus", label) ?? "";
        var nationality = RecipeStepContext.OptionalString(item, "nationality", label) ?? "";
        return gender.Length > 0 && !StepZero.Genders.Contains(gender) ? throw new RecipeItemException(label, $"\"gender\" must be one of {string.Join(", ", StepZero.Genders)}.")
            : status.Length > 0 && !StepZero.MigrationStatuses.Contains(status) ? throw new RecipeItemException(label, $"\"migrationStatus\" must be one of {string.Join(", ", StepZero.MigrationStatuses)}.")
            : nationality.Length > 100 ? throw new RecipeItemException(label, "\"nationality\" has at most 100 characters.")
            : new ApplicantDemographics { ApplicationId = applicationId, ConsentedUtc = consented, Gender = gender, Nationality = nationality.Trim(), MigrationStatus = status };
    }

    private static List<int> Numbers(JsonObject item, string property, string label) =>
        item[property] switch
        {
            null => [],
            JsonArray array => array.Select(n => n is JsonValue value && value.TryGetValue<int>(out var number) ? number
                : throw new RecipeItemException(label, $"\"{property}\" must be a list of session numbers.")).Distinct().ToList(),
            _ => throw new RecipeItemException(label, $"\"{property}\" must be a list of session numbers."),
        };
}
