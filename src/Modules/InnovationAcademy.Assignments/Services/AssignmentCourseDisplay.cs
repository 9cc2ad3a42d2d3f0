using System.Security.Claims;
using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Assignments.ViewModels;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Assignments.Services;

/// <summary>Shows the final assignment after the last module of the outline, with where the learner stands.</summary>
internal sealed class AssignmentCourseDisplay(AcademyDbContext db, LinkGenerator links) : ICourseDisplayHandler
{
    public const string View = "~/Views/AssignmentParts/OutlineAssignment.cshtml";

    public async Task BuildAsync(CourseDisplayContext context, CancellationToken cancellationToken)
    {
        var assignment = await db.Set<Assignment>().AsNoTracking().FirstOrDefaultAsync(a => a.CourseId == context.Course.CourseId, cancellationToken);
        if (assignment is null)
        {
            return;
        }

        var userId = context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var status = userId is null ? null : await db.Set<Submission>().AsNoTracking()
            .Where(s => s.AssignmentId == assignment.Id && s.UserId == userId).Select(s => (SubmissionStatus?)s.Status).FirstOrDefaultAsync(cancellationToken);
        context.Add(CourseZones.OutlineEnd, View, new OutlineAssignment(context.Course.Slug, assignment.Title, status, assignment.HidesIdentity));
        var url = links.GetPathByName(context.HttpContext, "Assignments.Assignment.Index", new { slug = context.Course.Slug }) ?? "";
        context.AddStep(new CourseStep(null, assignment.Title, url, status == SubmissionStatus.Accepted, Order: 10, Kind: CourseStepKind.Assignment));
    }
}
