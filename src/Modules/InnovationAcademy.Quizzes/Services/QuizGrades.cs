using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Quizzes.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>Each module's quiz on the learner's grades page: the grade that counts, attempts used, and the pass mark.</summary>
internal sealed class QuizGrades(AcademyDbContext db, LinkGenerator links, IHttpContextAccessor http, IStringLocalizer<QuizGrades> T) : IGradeProvider
{
    public async Task<IReadOnlyList<GradeItem>> GradesAsync(CourseOutline course, string userId, CancellationToken cancellationToken)
    {
        var quizzes = await QuizStore.Ready(db.Set<Quiz>().AsNoTracking(), db.Set<Question>()).Where(q => q.CourseId == course.CourseId).ToListAsync(cancellationToken);
        if (quizzes.Count == 0)
        {
            return [];
        }

        var quizIds = quizzes.Select(q => q.Id).ToList();
        var attempts = (await db.Set<QuizAttempt>().AsNoTracking()
                .Where(a => quizIds.Contains(a.QuizId) && a.UserId == userId && a.SubmittedUtc != null).ToListAsync(cancellationToken))
            .ToLookup(a => a.QuizId);
        var items = new List<GradeItem>();
        foreach (var quiz in quizzes)
        {
            var mine = attempts[quiz.Id].ToList();
            var grade = QuizAttempts.GradeOf(quiz, mine);
            var state = grade is null ? GradeState.NotStarted : grade >= quiz.PassPercent ? GradeState.Passed : GradeState.NotPassed;
            var counting = quiz.Grading switch
            {
                GradingMethod.Last => T["your last attempt counts"],
                GradingMethod.Average => T["the average of your attempts counts"],
                _ => T["your best attempt counts"],
            };
            var used = quiz.MaxAttempts is { } max ? T["{0} of {1} attempts used", mine.Count, max] : T.Plural(mine.Count, "1 attempt", "{0} attempts");
            var detail = T["Pass mark {0}; {1}; {2}.", LocalPercent.Text(quiz.PassPercent), used, counting].Value;
            var url = links.GetPathByName(http.HttpContext!, "Quizzes.Quiz.Intro", new { slug = course.Slug, quizKey = quiz.Key }) ?? "";
            items.Add(new GradeItem(quiz.ModuleKey, quiz.Title, url, grade, state, detail, [], null));
        }

        return items;
    }
}
