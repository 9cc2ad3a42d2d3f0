using System.Globalization;
using System.Text.Json.Nodes;
using InnovationAcademy.Cohorts.Models;
using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Web;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Cohorts.Recipes;

/// <summary>
/// <c>{ "name": "Cohorts", "partners": [ { "name", "kind": "grassroots|university|ngo|private|public", "contactEmail",
/// "website", "logo": "/media/…" } ], "programmes": [ { "slug", "name", "description", "cohorts": [ { "slug", "name", "summary",
/// "startsOn": "2023-03-06", "endsOn", "capacity", "language", "timeZone", "signUpOpen", "minAttendancePercent",
/// "certificateHours", "partners": [ "name" ],
/// "referralCodes": [ { "code", "label", "partner" } ], "sessions": [ { "title", "kind":
/// "workshop|clinic|mentoring|community", "starts": "2023-03-06T19:00", "ends", "url", "place", "host",
/// "facilitator", "materials": [ { "title", "url" } ] } ], "courses": [ { "slug", "required": true } ],
/// "requiredAssignment": "course-slug", "participants": [ see <see cref="CohortParticipantsRecipe"/> ] } ] } ] }</c>.
/// Session times without an offset are the cohort's local time. Programmes, cohorts, partners and codes are matched by
/// slug, name and code; a cohort's sessions are replaced by the recipe's (with their attendance: re-import participants
/// with them). Links must be http(s) addresses; materials and logos may also be paths on this site.
/// </summary>
internal sealed class CohortsStep(AcademyDbContext db, ICourseDirectory courseDirectory, CohortParticipantsRecipe participants) : IRecipeStepHandler, IRecipeExportSource
{
    public string StepName => "Cohorts";

    /// <summary>After users and courses.</summary>
    public int Order => 210;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var partners = await db.Set<PartnerOrganisation>().ToDictionaryAsync(p => p.Name, StringComparer.OrdinalIgnoreCase, cancellationToken);
        foreach (var (item, i) in context.Items("partners").Select((item, i) => (item, i)))
        {
            var label = $"partner {i + 1}";
            var name = Limited(RecipeStepContext.RequiredString(item, "name", label), 200, label, "name");
            if (!partners.TryGetValue(name, out var partner))
            {
                partner = new PartnerOrganisation { Name = name };
                db.Add(partner);
                partners[name] = partner;
            }

            partner.Kind = RecipeEnums.Optional<PartnerKind>(item, "kind", label) ?? partner.Kind;
            partner.ContactEmail = RecipeStepContext.OptionalString(item, "contactEmail", label) ?? partner.ContactEmail;
            partner.Website = Link(RecipeStepContext.OptionalString(item, "website", label), label, "website", sitePath: false) ?? partner.Website;
            partner.LogoUrl = Link(RecipeStepContext.OptionalString(item, "logo", label), label, "logo", sitePath: true) ?? partner.LogoUrl;
        }

        // Referral codes name partners by id.
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (item, i) in context.Items("programmes").Select((item, i) => (item, i)))
        {
            var slug = RecipeStepContext.RequiredString(item, "slug", $"programme {i + 1}");
            var label = $"programme '{slug}'";
            var programme = await db.Set<Programme>().Include(p => p.Cohorts).FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
            if (programme is null)
            {
                programme = new Programme { Slug = slug, Name = "" };
                db.Add(programme);
            }

            programme.Name = Limited(RecipeStepContext.RequiredString(item, "name", label), 200, label, "name");
            programme.Description = RecipeStepContext.OptionalString(item, "description", label) ?? programme.Description;
            foreach (var cohortItem in item["cohorts"] is JsonArray cohorts ? cohorts.OfType<JsonObject>() : [])
            {
                await ImportCohortAsync(programme, cohortItem, partners, label, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ImportCohortAsync(Programme programme, JsonObject item, Dictionary<string, PartnerOrganisation> partners, string programmeLabel, CancellationToken cancellationToken)
    {
        var slug = RecipeStepContext.RequiredString(item, "slug", programmeLabel + ", cohort");
        var label = $"cohort '{slug}'";
        Check(CohortRules.Slug(slug), label, "slug");
        var cohort = await db.Set<Cohort>().Include(c => c.Sessions).Include(c => c.Partners).Include(c => c.ReferralCodes).Include(c => c.Courses)
            .FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (cohort is null)
        {
            cohort = new Cohort { Slug = slug, Name = "" };
            programme.Cohorts.Add(cohort);
        }

        cohort.Name = Limited(RecipeStepContext.RequiredString(item, "name", label), 200, label, "name");
        cohort.Summary = RecipeStepContext.OptionalString(item, "summary", label) ?? cohort.Summary;
        cohort.StartsOn = DateOf(item, "startsOn", label);
        cohort.EndsOn = DateOf(item, "endsOn", label);
        Check(CohortRules.Dates(cohort.StartsOn, cohort.EndsOn), label, "endsOn");
        cohort.Capacity = RecipeStepContext.OptionalInt(item, "capacity", label);
        Check(CohortRules.Capacity(cohort.Capacity), label, "capacity");
        cohort.Language = RecipeStepContext.OptionalString(item, "language", label) ?? cohort.Language;
        Check(CohortRules.Language(cohort.Language), label, "language");
        cohort.TimeZoneId = RecipeStepContext.OptionalString(item, "timeZone", label) ?? cohort.TimeZoneId;
        Check(CohortRules.TimeZone(cohort.TimeZoneId), label, "timeZone");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(cohort.TimeZoneId);
        cohort.SignUpOpen = RecipeStepContext.OptionalBool(item, "signUpOpen", label) ?? cohort.SignUpOpen;
        cohort.MinAttendancePercent = RecipeStepContext.OptionalInt(item, "minAttendancePercent", label) ?? cohort.MinAttendancePercent;
        Check(CohortRules.AttendancePercent(cohort.MinAttendancePercent), label, "minAttendancePercent");
        cohort.CertificateHours = RecipeStepContext.OptionalDecimal(item, "certificateHours", label) ?? cohort.CertificateHours;
        Check(CohortRules.CertificateHours(cohort.CertificateHours), label, "certificateHours");
        foreach (var name in RecipeStepContext.Strings(item, "partners", label))
        {
            var partner = partners.GetValueOrDefault(name) ?? throw new RecipeItemException(label, $"partner '{name}' is not among the step's \"partners\".");
            if (!cohort.Partners.Contains(partner))
            {
                cohort.Partners.Add(partner);
            }
        }

        foreach (var (code, i) in (item["referralCodes"] is JsonArray codes ? codes.OfType<JsonObject>() : []).Select((c, i) => (c, i)))
        {
            var codeLabel = $"{label}, referral code {i + 1}";
            var text = Limited(RecipeStepContext.RequiredString(code, "code", codeLabel), 64, codeLabel, "code");
            var referral = cohort.ReferralCodes.FirstOrDefault(r => string.Equals(r.Code, text, StringComparison.OrdinalIgnoreCase));
            if (referral is null)
            {
                referral = new ReferralCode { Code = text, Label = "" };
                cohort.ReferralCodes.Add(referral);
            }

            referral.Label = Limited(RecipeStepContext.RequiredString(code, "label", codeLabel), 200, codeLabel, "label");
            if (RecipeStepContext.OptionalString(code, "partner", codeLabel) is { } partnerName)
            {
                referral.PartnerId = (partners.GetValueOrDefault(partnerName) ?? throw new RecipeItemException(codeLabel, $"partner '{partnerName}' is not among the step's \"partners\".")).Id;
            }
        }

        await ImportCoursesAsync(cohort, item, label, cancellationToken);
        if (item["sessions"] is JsonArray sessions)
        {
            cohort.Sessions.Clear();
            foreach (var (session, i) in sessions.OfType<JsonObject>().Select((s, i) => (s, i)))
            {
                var sessionLabel = $"{label}, session {i + 1}";
                var starts = TimeOf(session, "starts", zone, sessionLabel);
                var ends = TimeOf(session, "ends", zone, sessionLabel);
                if (ends <= starts)
                {
                    throw new RecipeItemException(sessionLabel, "\"ends\" must be after \"starts\".");
                }

                cohort.Sessions.Add(new CohortSession
                {
                    Title = Limited(RecipeStepContext.RequiredString(session, "title", sessionLabel), 300, sessionLabel, "title"),
                    Kind = RecipeEnums.Optional<SessionKind>(session, "kind", sessionLabel) ?? SessionKind.Workshop,
                    StartsUtc = starts,
                    EndsUtc = ends,
                    OnlineUrl = Link(RecipeStepContext.OptionalString(session, "url", sessionLabel), sessionLabel, "url", sitePath: false),
                    Place = RecipeStepContext.OptionalString(session, "place", sessionLabel),
                    HostPartner = RecipeStepContext.OptionalString(session, "host", sessionLabel) is { } host
                        ? partners.GetValueOrDefault(host) ?? throw new RecipeItemException(sessionLabel, $"host '{host}' is not among the step's \"partners\".")
                        : null,
                    Facilitator = RecipeStepContext.OptionalString(session, "facilitator", sessionLabel) ?? "",
                    Materials = [.. (session["materials"] is JsonArray materials ? materials.OfType<JsonObject>() : []).Select((material, m) => new SessionMaterial
                    {
                        Title = Limited(RecipeStepContext.RequiredString(material, "title", $"{sessionLabel}, material {m + 1}"), 300, $"{sessionLabel}, material {m + 1}", "title"),
                        Url = Link(RecipeStepContext.RequiredString(material, "url", $"{sessionLabel}, material {m + 1}"), $"{sessionLabel}, material {m + 1}", "url", sitePath: true)!,
                        Position = m,
                    })],
                });
            }
        }

        // Partners' ids are needed by referral codes, and sessions' by attendance: save as each cohort is read.
        await db.SaveChangesAsync(cancellationToken);
        if (item["participants"] is JsonArray people)
        {
            await participants.ImportAsync(cohort, people, label, cancellationToken);
        }
    }

    /// <summary><c>"courses": [ { "slug", "required" } ]</c> replaces the linked courses; <c>"requiredAssignment": "slug"</c> names the course whose assignment graduation needs.</summary>
    private async Task ImportCoursesAsync(Cohort cohort, JsonObject item, string label, CancellationToken cancellationToken)
    {
        async Task<int> CourseIdAsync(string slug, string where) =>
            (await courseDirectory.FindAsync(slug, cancellationToken))?.Id
                ?? throw new RecipeItemException(where, $"there is no course '{slug}' (courses come before cohorts in a recipe).");

        if (item["courses"] is JsonArray courses)
        {
            cohort.Courses.Clear();
            foreach (var (course, i) in courses.OfType<JsonObject>().Select((c, i) => (c, i)))
            {
                var courseLabel = $"{label}, course {i + 1}";
                var id = await CourseIdAsync(RecipeStepContext.RequiredString(course, "slug", courseLabel), courseLabel);
                if (cohort.Courses.Any(c => c.CourseId == id))
                {
                    throw new RecipeItemException(courseLabel, "the course is listed twice.");
                }

                cohort.Courses.Add(new CohortCourse { CourseId = id, Required = RecipeStepContext.OptionalBool(course, "required", courseLabel) ?? false, Position = i });
            }
        }

        if (item.ContainsKey("requiredAssignment"))
        {
            cohort.AssignmentCourseId = RecipeStepContext.OptionalString(item, "requiredAssignment", label) is { } slug ? await CourseIdAsync(slug, label) : null;
        }
    }

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var partners = await db.Set<PartnerOrganisation>().AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var names = partners.ToDictionary(p => p.Id, p => p.Name);
        var courseSlugs = (await courseDirectory.AllAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Slug);
        var programmes = await db.Set<Programme>().AsNoTracking()
            .Include(p => p.Cohorts).ThenInclude(c => c.Sessions).ThenInclude(s => s.HostPartner)
            .Include(p => p.Cohorts).ThenInclude(c => c.Sessions).ThenInclude(s => s.Materials)
            .Include(p => p.Cohorts).ThenInclude(c => c.Partners)
            .Include(p => p.Cohorts).ThenInclude(c => c.ReferralCodes)
            .Include(p => p.Cohorts).ThenInclude(c => c.Courses)
            .AsSplitQuery().OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        if (partners.Count == 0 && programmes.Count == 0)
        {
            return;
        }

        var cohorts = new Dictionary<int, List<JsonNode>>();
        foreach (var programme in programmes)
        {
            cohorts[programme.Id] = [];
            foreach (var cohort in programme.Cohorts.OrderBy(c => c.StartsOn))
            {
                var written = Write(cohort, names);
                written["courses"] = new JsonArray(cohort.Courses.OrderBy(c => c.Position).Select(c => (JsonNode)new JsonObject
                {
                    ["slug"] = courseSlugs[c.CourseId], ["required"] = c.Required,
                }).ToArray());
                written["requiredAssignment"] = cohort.AssignmentCourseId is { } assignmentCourse ? courseSlugs[assignmentCourse] : null;
                written["participants"] = await participants.ExportAsync(cohort, cancellationToken);
                cohorts[programme.Id].Add(written);
            }
        }

        context.AddStep(StepName, new JsonObject
        {
            ["partners"] = new JsonArray(partners.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Name, ["kind"] = RecipeEnums.Name(p.Kind), ["contactEmail"] = p.ContactEmail, ["website"] = p.Website, ["logo"] = p.LogoUrl,
            }).ToArray()),
            ["programmes"] = new JsonArray(programmes.Select(p => (JsonNode)new JsonObject
            {
                ["slug"] = p.Slug,
                ["name"] = p.Name,
                ["description"] = p.Description,
                ["cohorts"] = new JsonArray(cohorts[p.Id].ToArray()),
            }).ToArray()),
        });
    }

    private static JsonObject Write(Cohort cohort, Dictionary<int, string> partners)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(cohort.TimeZoneId);
        string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["slug"] = cohort.Slug,
            ["name"] = cohort.Name,
            ["summary"] = cohort.Summary,
            ["startsOn"] = cohort.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["endsOn"] = cohort.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["capacity"] = cohort.Capacity,
            ["language"] = cohort.Language,
            ["timeZone"] = cohort.TimeZoneId,
            ["signUpOpen"] = cohort.SignUpOpen,
            ["minAttendancePercent"] = cohort.MinAttendancePercent,
            ["certificateHours"] = cohort.CertificateHours,
            ["partners"] = new JsonArray(cohort.Partners.OrderBy(p => p.Name).Select(p => (JsonNode)p.Name).ToArray()),
            ["referralCodes"] = new JsonArray(cohort.ReferralCodes.OrderBy(r => r.Code).Select(r => (JsonNode)new JsonObject
            {
                ["code"] = r.Code, ["label"] = r.Label, ["partner"] = r.PartnerId is { } id ? partners.GetValueOrDefault(id) : null,
            }).ToArray()),
            ["sessions"] = new JsonArray(cohort.Sessions.OrderBy(s => s.StartsUtc).Select(s => (JsonNode)new JsonObject
            {
                ["title"] = s.Title, ["kind"] = RecipeEnums.Name(s.Kind), ["starts"] = Local(s.StartsUtc), ["ends"] = Local(s.EndsUtc),
                ["url"] = s.OnlineUrl, ["place"] = s.Place, ["host"] = s.HostPartner?.Name, ["facilitator"] = s.Facilitator,
                ["materials"] = new JsonArray(s.Materials.OrderBy(m => m.Position).Select(m => (JsonNode)new JsonObject { ["title"] = m.Title, ["url"] = m.Url }).ToArray()),
            }).ToArray()),
        };
    }

    private static DateOnly DateOf(JsonObject item, string property, string label) =>
        DateOnly.TryParseExact(RecipeStepContext.RequiredString(item, property, label), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new RecipeItemException(label, $"\"{property}\" must be a date written yyyy-MM-dd.");

    /// <summary>"2023-03-06T19:00" is the cohort's local time; a time with an offset or "Z" is taken as it says.</summary>
    private static DateTime TimeOf(JsonObject item, string property, TimeZoneInfo zone, string label)
    {
        var text = RecipeStepContext.RequiredString(item, property, label);
        if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return withOffset.UtcDateTime;
        }

        if (DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        }

        throw new RecipeItemException(label, $"\"{property}\" must be a time written yyyy-MM-ddTHH:mm (the cohort's local time).");
    }

    /// <summary>Null stays null, empty stays empty; anything else must be a web address (or, where allowed, a path on this site).</summary>
    private static string? Link(string? value, string label, string property, bool sitePath) =>
        string.IsNullOrEmpty(value) ? value
        : value.Length > 1000 ? throw new RecipeItemException(label, $"\"{property}\" has at most 1,000 characters.")
        : sitePath ? WebLinks.IsWebOrSitePath(value) ? value : throw new RecipeItemException(label, $"\"{property}\" must be an http(s) address or a path on this site such as /media/….")
        : WebLinks.IsWebAddress(value) ? value : throw new RecipeItemException(label, $"\"{property}\" must be an http(s) address.");

    private static void Check(string? problem, string label, string property)
    {
        if (problem is not null)
        {
            throw new RecipeItemException(label, $"\"{property}\": {problem}");
        }
    }

    private static string Limited(string value, int length, string label, string property) =>
        value.Length <= length ? value : throw new RecipeItemException(label, $"\"{property}\" has at most {length} characters.");
}
