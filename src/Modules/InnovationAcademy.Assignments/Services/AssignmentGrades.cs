using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Enrollments.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Assignments.Services;

/// <summary>
/// The final assignment on the learner's grades page: the decision with each rubric criterion's level and the
/// feedback, once the learner may see them (a blind assignment's wait for their release).
/// </summary>
internal sealed class AssignmentGrades(AssignmentService assignments, LinkGenerator links, IHttpContextAccessor http, IStringLocalizer<AssignmentGrades> T) : IGradeProvider
{
    public async Task<IReadOnlyList<GradeItem>> GradesAsync(CourseOutline course, string userId, CancellationToken cancellationToken)
    {
        if (await assignments.ForCourseAsync(course.CourseId, cancellationToken) is not { } assignment)
        {
            return [];
        }

        var submission = await assignments.MineAsync(assignment, userId, cancellationToken);
        var url = links.GetPathByName(http.HttpContext!, "Assignments.Assignment.Index", new { slug = course.Slug }) ?? "";
        var reader = ReaderTime.Of(http.HttpContext!);
        if (submission is null)
        {
            var due = assignment.DueUtc is { } dueUtc ? T["Due {0}.", reader.TextWithZone(dueUtc)].Value : T["Not handed in yet."].Value;
            return [new GradeItem(null, assignment.Title, url, null, GradeState.NotStarted, due, [], null)];
        }

        var decided = submission.Status != SubmissionStatus.Submitted && !assignment.HidesIdentity;
        if (!decided)
        {
            return [new GradeItem(null, assignment.Title, url, null, GradeState.Waiting, T["Handed in on {0}; waiting for a grade.", reader.Text(submission.SubmittedUtc)].Value, [], null)];
        }

        // What the learner hears is the decision between two graders when there is one, else the grader's review.
        var round = submission.Reviews.Where(r => r.Round == submission.Round).OrderBy(r => r.CreatedUtc).ToList();
        var review = round.LastOrDefault(r => r.IsDecision) ?? round.LastOrDefault(r => !r.IsDecision);
        var judged = review is null || review.IsDecision ? round.LastOrDefault(r => !r.IsDecision) : review;
        var criteria = new List<GradeCriterion>();
        if (judged is not null)
        {
            for (var i = 0; i < assignment.Criteria.Count && i < judged.Levels.Count; i++)
            {
                var criterion = assignment.Criteria[i];
                var level = judged.Levels[i];
                if (level >= 0 && level < criterion.Levels.Count)
                {
                    criteria.Add(new GradeCriterion(criterion.Title, criterion.Levels[level], level + 1, criterion.Levels.Count));
                }
            }
        }

        var accepted = submission.Status == SubmissionStatus.Accepted;
        return [new GradeItem(null, assignment.Title, url, null, accepted ? GradeState.Passed : GradeState.NeedsRework,
            accepted ? T["Accepted."].Value : T["Sent back for changes: hand it in again."].Value,
            criteria, string.IsNullOrWhiteSpace(review?.Feedback) ? null : review.Feedback)];
    }
}
