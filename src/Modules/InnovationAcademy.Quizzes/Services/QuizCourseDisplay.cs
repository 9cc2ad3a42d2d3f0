using System.Security.Claims;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.Quizzes.ViewModels;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>Shows each module's quiz at the end of the module in the outline, with the learner's grade.</summary>
internal sealed class QuizCourseDisplay(AcademyDbContext db, LinkGenerator links) : ICourseDisplayHandler
{
    public const string OutlineView = "~/Views/QuizParts/OutlineQuiz.cshtml";

    public async Task BuildAsync(CourseDisplayContext context, CancellationToken cancellationToken)
    {
        var courseId = context.Course.CourseId;
        var quizzes = await QuizStore.Ready(db.Set<Quiz>().AsNoTracking(), db.Set<Question>()).Where(q => q.CourseId == courseId).ToListAsync(cancellationToken);
        if (quizzes.Count == 0)
        {
            return;
        }

        var userId = context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var quizIds = quizzes.Select(q => q.Id).ToList();
        var attempts = userId is null ? null : (await db.Set<QuizAttempt>().AsNoTracking()
                .Where(a => quizIds.Contains(a.QuizId) && a.UserId == userId && a.SubmittedUtc != null).ToListAsync(cancellationToken))
            .ToLookup(a => a.QuizId);
        foreach (var quiz in quizzes)
        {
            var mine = attempts?[quiz.Id].ToList() ?? [];
            var url = links.GetPathByName(context.HttpContext, "Quizzes.Quiz.Intro", new { slug = context.Course.Slug, quizKey = quiz.Key }) ?? "";
            context.AddStep(new CourseStep(quiz.ModuleKey, quiz.Title, url, QuizAttempts.Passed(quiz, mine), Kind: CourseStepKind.Quiz));
            context.AddToModule(quiz.ModuleKey, OutlineView, new OutlineQuiz(
                context.Course.Slug, quiz.Key, quiz.Title, QuizAttempts.GradeOf(quiz, mine), QuizAttempts.Passed(quiz, mine)));
        }
    }
}
