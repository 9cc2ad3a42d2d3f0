using System.Globalization;
using InnovationAcademy.Core.Export;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Quizzes.Services;
using InnovationAcademy.Quizzes.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Quizzes.Controllers;

/// <summary>Quiz results for course administrators: per quiz, per question and per attempt, with regrading and overrides.</summary>
[Admin]
internal sealed class AdminQuizzesController(
    IAuthorizationService authorization,
    CourseLookup courses,
    ICourseDirectory courseDirectory,
    QuizStore quizzes,
    QuizResults results,
    QuizAttempts attempts,
    IStringLocalizer<AdminQuizzesController> T) : Controller
{
    [HttpGet("/admin/quizzes", Name = "Quizzes.AdminQuizzes.Index")]
    [RequirePermission(nameof(Permissions.ViewQuizzes))]
    public async Task<IActionResult> Index()
    {
        // One query for the counts, whatever the number of courses; courses without quizzes are listed to add one.
        var counts = await quizzes.CountByCourseAsync(HttpContext.RequestAborted);
        var all = (await courses.AllAsync(HttpContext.RequestAborted))
            .Select(c => (c, counts.GetValueOrDefault(c.Id)))
            .ToList();
        return View(all);
    }

    /// <summary>The course's modules with their quizzes: results for graders, settings and "add a quiz" for authors.</summary>
    [HttpGet("/admin/courses/{slug}/quizzes", Name = "Quizzes.AdminQuizzes.Course")]
    public async Task<IActionResult> Course(string slug)
    {
        var access = await courses.ForAdminAsync(slug, User, Permissions.ViewQuizzes, HttpContext.RequestAborted);
        if (access.Course is not { } course)
        {
            return access.Refusal(this);
        }

        var summaries = await results.SummariesAsync(course.Id, HttpContext.RequestAborted);
        var version = await courseDirectory.LatestAsync(course.Id, HttpContext.RequestAborted);
        var modules = (version?.Modules ?? []).Select(m => new ModuleQuiz(m.Key, m.Title, summaries.FirstOrDefault(s => s.Quiz.ModuleKey == m.Key))).ToList();

        // A quiz whose module left the course is still listed: its results are still there.
        modules.AddRange(summaries.Where(s => modules.All(m => m.ModuleKey != s.Quiz.ModuleKey))
            .Select(s => new ModuleQuiz(s.Quiz.ModuleKey, T["(a module no longer in the course)"].Value, s)));
        return View(new CourseQuizzesViewModel(course, modules,
            await authorization.AuthorizeAsync(User, Permissions.EditQuizzes),
            await authorization.AuthorizeAsync(User, Permissions.GradeQuizzes)));
    }

    [HttpGet("/admin/courses/{slug}/quizzes/{quizKey:guid}", Name = "Quizzes.AdminQuizzes.Quiz")]
    [AdminCourse(nameof(Permissions.GradeQuizzes))]
    public async Task<IActionResult> Quiz(string slug, CourseRef course, Guid quizKey)
    {
        var quiz = await quizzes.GetAsync(course.Id, quizKey, HttpContext.RequestAborted);
        return quiz is null ? NotFound() : View(new QuizResultsViewModel(
            course,
            quiz,
            await results.QuestionsAsync(quiz, HttpContext.RequestAborted),
            await results.AttemptsAsync(quiz, HttpContext.RequestAborted)));
    }

    [HttpGet("/admin/courses/{slug}/quizzes/{quizKey:guid}/export", Name = "Quizzes.AdminQuizzes.Export")]
    [AdminCourse(nameof(Permissions.GradeQuizzes))]
    public async Task<IActionResult> Export(string slug, CourseRef course, Guid quizKey, string? format)
    {
        var quiz = await quizzes.GetAsync(course.Id, quizKey, HttpContext.RequestAborted);
        if (quiz is null)
        {
            return NotFound();
        }

        var attempts = await results.AttemptsAsync(quiz, HttpContext.RequestAborted);
        if (format != "xlsx")
        {
            return File(QuizResults.ToCsv(attempts), "text/csv; charset=utf-8", $"{slug}-quiz-results.csv");
        }

        // For people: headers in the reader's language, scores as numbers, times in the reader's zone.
        var reader = ReaderTime.Of(HttpContext);
        var sheet = new Spreadsheet(T["Results"].Value,
            [T["E-mail"].Value, T["Name"].Value, T["Attempt"].Value, T["Submitted"].Value, T["Score (%)"].Value, T["Grade (%)"].Value, T["Out of time"].Value, T["Reason for the change"].Value]);
        foreach (var row in attempts)
        {
            sheet.Add(row.Email, row.Name, row.Attempt.Number, row.Attempt.SubmittedUtc is { } submitted ? reader.Local(submitted) : null,
                row.Attempt.ScorePercent, row.Attempt.FinalPercent, row.Attempt.TimedOut ? T["yes"].Value : T["no"].Value, row.Attempt.OverrideReason);
        }

        return File(await sheet.ToBytesAsync(HttpContext.RequestAborted), Spreadsheet.MediaType, $"{slug}-quiz-results.xlsx");
    }

    [HttpPost("/admin/courses/{slug}/quizzes/{quizKey:guid}/regrade", Name = "Quizzes.AdminQuizzes.Regrade")]
    [AdminCourse(nameof(Permissions.GradeQuizzes))]
    public async Task<IActionResult> Regrade(string slug, CourseRef course, Guid quizKey)
    {
        var quiz = await quizzes.GetAsync(course.Id, quizKey, HttpContext.RequestAborted);
        if (quiz is null)
        {
            return NotFound();
        }

        TempData["Message"] = T["{0} attempts regraded.", await attempts.RegradeAsync(quiz, HttpContext.RequestAborted)].Value;
        return RedirectToRoute("Quizzes.AdminQuizzes.Quiz", new { slug, quizKey });
    }

    [HttpPost("/admin/courses/{slug}/quizzes/{quizKey:guid}/attempts/{attemptId:int}/override", Name = "Quizzes.AdminQuizzes.Override")]
    [AdminCourse(nameof(Permissions.GradeQuizzes))]
    public async Task<IActionResult> Override(string slug, CourseRef course, Guid quizKey, int attemptId, string? percent, string? reason)
    {
        var quiz = await quizzes.GetAsync(course.Id, quizKey, HttpContext.RequestAborted);
        if (quiz is null)
        {
            return NotFound();
        }

        var parsed = QuizGrader.ParseNumber(percent ?? "");
        if (parsed is not { } value || value < 0 || value > 100)
        {
            ModelState.AddModelError($"percent-{attemptId}", T["The grade is a percentage from 0 to 100."]);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
        {
            ModelState.AddModelError($"reason-{attemptId}", T["Say why you change the grade (up to 1,000 characters): it is kept in the audit log."]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Quiz), new QuizResultsViewModel(course, quiz,
                await results.QuestionsAsync(quiz, HttpContext.RequestAborted), await results.AttemptsAsync(quiz, HttpContext.RequestAborted)));
        }

        TempData["Message"] = await attempts.OverrideAsync(quiz, attemptId, Math.Round(parsed!.Value, 2), reason!, User.Identity!.Name!, HttpContext.RequestAborted)
            ? T["Grade changed to {0} %.", parsed.Value.ToString("0.##", CultureInfo.CurrentCulture)].Value
            : T["There is no such finished attempt."].Value;
        return RedirectToRoute("Quizzes.AdminQuizzes.Quiz", new { slug, quizKey });
    }
}
