using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Courses.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Assignments.Services;

/// <summary>On a course's administration page: the final assignment, and the hand-ins waiting for a grade.</summary>
internal sealed class AssignmentCourseEditor(AcademyDbContext db) : ICourseEditorHandler
{
    public const string View = "~/Views/AssignmentParts/CourseEditorCard.cshtml";

    public Permission Permission => Permissions.GradeAssignments;

    public async Task BuildAsync(CourseEditorContext context, CancellationToken cancellationToken)
    {
        var courseId = context.Course.CourseId;
        var assignment = await db.Set<Assignment>().AsNoTracking().Where(a => a.CourseId == courseId)
            .Select(a => new { a.Title, Waiting = db.Set<Submission>().Count(s => s.AssignmentId == a.Id && s.Status == SubmissionStatus.Submitted) })
            .FirstOrDefaultAsync(cancellationToken);
        context.Add(View, new AssignmentEditorCard(context.Course.Slug, assignment?.Title, assignment?.Waiting ?? 0), 30);
    }
}

internal sealed record AssignmentEditorCard(string Slug, string? Title, int Waiting);
