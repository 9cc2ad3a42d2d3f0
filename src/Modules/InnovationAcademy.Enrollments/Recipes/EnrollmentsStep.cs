using System.Text.Json.Nodes;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Enrollments.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Recipes;

/// <summary>
/// <c>{ "name": "Enrollments", "enrollments": [ { "course": "slug", "email": "…", "status": "active",
/// "progress": [ "lesson key", … ] } ] }</c>. Courses and users must exist (earlier steps or the site).
/// An enrolment that exists gets the status; progress only ever adds done lessons. Export writes every enrolment.
/// </summary>
internal sealed class EnrollmentsStep(AcademyDbContext db, IUserDirectory users, ICourseDirectory courses, EnrollmentService enrollments, ProgressTracker progress, TimeProvider clock)
    : IRecipeStepHandler, IRecipeExportSource
{
    public string StepName => "Enrollments";

    /// <summary>After users and courses.</summary>
    public int Order => 200;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var items = context.Items("enrollments");
        var touched = new List<(int CourseId, string UserId)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var label = $"enrolment {i + 1}";
            var slug = RecipeStepContext.RequiredString(item, "course", label);
            var email = RecipeStepContext.RequiredString(item, "email", label);
            label = $"enrolment of {email} in '{slug}'";
            var statusText = RecipeStepContext.OptionalString(item, "status", label) ?? "active";
            if (!Enum.TryParse<EnrollmentStatus>(statusText, ignoreCase: true, out var status) || !Enum.IsDefined(status) || int.TryParse(statusText, out _))
            {
                throw new RecipeItemException(label, $"\"status\" must be one of {string.Join(", ", Enum.GetNames<EnrollmentStatus>().Select(n => n.ToLowerInvariant()))}.");
            }

            var course = await courses.FindAsync(slug, cancellationToken)
                ?? throw new RecipeItemException(label, $"there is no course '{slug}'.");
            var user = await users.FindByEmailAsync(email, cancellationToken)
                ?? throw new RecipeItemException(label, $"there is no user {email}; add it in a Users step first.");
            var lessonKeys = ReadProgress(item, label);
            var known = lessonKeys.Count == 0 ? [] : await PublishedLessonKeysAsync(course.Id, cancellationToken);
            if (lessonKeys.Where(k => !known.Contains(k)).Select(k => (Guid?)k).FirstOrDefault() is { } unknown)
            {
                throw new RecipeItemException(label, $"the published course has no lesson {unknown}.");
            }

            var enrollment = await db.Set<Enrollment>().Include(e => e.Lessons)
                .FirstOrDefaultAsync(e => e.CourseId == course.Id && e.UserId == user.Id, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            if (enrollment is null)
            {
                enrollment = new Enrollment { CourseId = course.Id, UserId = user.Id, RequestedUtc = now, StatusChangedUtc = now };
                db.Set<Enrollment>().Add(enrollment);
            }

            if (enrollment.Status != status || enrollment.Id == 0)
            {
                enrollments.Change(enrollment, status, "imported", $"recipe '{context.Recipe.Name}'");
            }

            foreach (var key in lessonKeys.Where(k => !enrollment.Lessons.Any(l => l.LessonKey == k)))
            {
                enrollment.Lessons.Add(new LessonCompletion { LessonKey = key, CompletedUtc = now, Via = "recipe" });

                // Imported progress is activity: the roster's "last activity" should not read as never.
                enrollment.LastActivityUtc ??= now;
            }

            await db.SaveChangesAsync(cancellationToken);
            touched.Add((course.Id, user.Id));
        }

        // Completion follows the same rules as in the lessons, once the progress is in.
        foreach (var (courseId, userId) in touched)
        {
            await progress.ReevaluateAsync(courseId, userId, cancellationToken);
        }
    }

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var enrolments = await db.Set<Enrollment>().AsNoTracking()
            .Join(users.Query(), e => e.UserId, p => p.Id, (e, p) => new
            {
                e.Id,
                e.CourseId,
                p.Email,
                p.SearchEmail,
                e.Status,
                Lessons = e.Lessons.OrderBy(l => l.CompletedUtc).ThenBy(l => l.Id).Select(l => l.LessonKey).ToList(),
            })
            .OrderBy(e => e.CourseId).ThenBy(e => e.SearchEmail).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        if (enrolments.Count == 0)
        {
            return;
        }

        var slugs = await courses.FindManyAsync(enrolments.Select(e => e.CourseId), cancellationToken);
        var rows = enrolments.Where(e => slugs.ContainsKey(e.CourseId))
            .Select(e => new { slugs[e.CourseId].Slug, e.Email, e.Status, e.Lessons })
            .OrderBy(e => e.Slug, StringComparer.Ordinal).ToList();

        var list = new JsonArray();
        foreach (var row in rows)
        {
            var item = new JsonObject { ["course"] = row.Slug, ["email"] = row.Email, ["status"] = row.Status.ToString().ToLowerInvariant() };
            if (row.Lessons.Count > 0)
            {
                item["progress"] = new JsonArray(row.Lessons.Select(k => (JsonNode)k.ToString()).ToArray());
            }

            list.Add(item);
        }

        context.AddStep(StepName, new JsonObject { ["enrollments"] = list });
    }

    private static List<Guid> ReadProgress(JsonObject item, string label) => item["progress"] switch
    {
        null => [],
        JsonArray array => array.Select(node => node is JsonValue value && value.TryGetValue<string>(out var text) && Guid.TryParse(text, out var key)
            ? key
            : throw new RecipeItemException(label, "\"progress\" must list lesson keys (GUIDs).")).Distinct().ToList(),
        _ => throw new RecipeItemException(label, "\"progress\" must be an array of lesson keys."),
    };

    private async Task<HashSet<Guid>> PublishedLessonKeysAsync(int courseId, CancellationToken cancellationToken) =>
        (await courses.PublishedAsync(courseId, cancellationToken))?.Lessons.Select(l => l.Key).ToHashSet() ?? [];
}
