using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.Quizzes.Services;
using InnovationAcademy.Quizzes.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Quizzes.Controllers;

/// <summary>
/// Authoring a module's quiz: create it, change its settings and draws, delete it. A new quiz stays out of learners'
/// sight until it has a question; deleting one keeps its questions in the course's bank.
/// </summary>
[Admin]
[Route("admin/courses/{slug}/quizzes")]
internal sealed class AdminQuizSettingsController(
    ICourseDirectory courseDirectory,
    QuizStore quizzes,
    QuizAttempts attempts,
    QuestionBank bank,
    ProgressTracker progress,
    IStringLocalizer<AdminQuizSettingsController> T) : Controller
{
    [HttpGet("new", Name = "Quizzes.AdminQuizSettings.New")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> New(string slug, CourseRef course, Guid module)
    {
        if (await FreeModuleAsync(course, module) is not { } moduleTitle)
        {
            return NotFound();
        }

        // The module's name alone: learners see it announced as "Cuestionario: …", so the word is not written into it.
        var values = new QuizDefinition(null, moduleTitle, 70, null, null, GradingMethod.Highest, false, ReviewPolicy.AfterEachAttempt, 1, [], []);
        return View("Settings", await FormAsync(course, module, moduleTitle, null, values, new Dictionary<string, string>()));
    }

    [HttpPost("new", Name = "Quizzes.AdminQuizSettings.New")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> New(string slug, CourseRef course, Guid module, IFormCollection form)
    {
        if (await FreeModuleAsync(course, module) is not { } moduleTitle)
        {
            return NotFound();
        }

        var (settings, errors) = await ReadAsync(form, course, module, null);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Settings", await FormAsync(course, module, moduleTitle, null, settings, errors));
        }

        var quiz = await quizzes.CreateAsync(course.Id, module, settings, HttpContext.RequestAborted);
        TempData["Message"] = T["Quiz created. Add its questions: learners see it once it has one."].Value;
        return RedirectToRoute("Quizzes.AdminQuizSettings.Settings", new { slug, quizKey = quiz.Key });
    }

    [HttpGet("{quizKey:guid}/settings", Name = "Quizzes.AdminQuizSettings.Settings")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> Settings(string slug, CourseRef course, Guid quizKey)
    {
        var quiz = await quizzes.GetAsync(course.Id, quizKey, HttpContext.RequestAborted);
        return quiz is null ? NotFound()
            : View(await FormAsync(course, quiz.ModuleKey, await ModuleTitleAsync(course, quiz.ModuleKey), quiz, QuizDefinitions.Of(quiz), new Dictionary<string, string>()));
    }

    /// <summary>Saves the settings; a changed pass mark or grading method grades every learner again.</summary>
    [HttpPost("{quizKey:guid}/settings", Name = "Quizzes.AdminQuizSettings.Settings")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> Settings(string slug, CourseRef course, Guid quizKey, IFormCollection form)
    {
        var quiz = await quizzes.GetAsync(course.Id, quizKey, HttpContext.RequestAborted);
        if (quiz is null)
        {
            return NotFound();
        }

        var (settings, errors) = await ReadAsync(form, course, quiz.ModuleKey, quiz);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await FormAsync(course, quiz.ModuleKey, await ModuleTitleAsync(course, quiz.ModuleKey), quiz, settings, errors));
        }

        var saved = await quizzes.SaveSettingsAsync(course.Id, quizKey, settings, HttpContext.RequestAborted);
        if (saved is not null && (saved.PassPercent != quiz.PassPercent || saved.Grading != quiz.Grading))
        {
            await attempts.RegradeAsync(saved, HttpContext.RequestAborted);
        }

        TempData["Message"] = T["Quiz settings saved."].Value;
        return RedirectToRoute("Quizzes.AdminQuizSettings.Settings", new { slug, quizKey });
    }

    [HttpGet("{quizKey:guid}/delete", Name = "Quizzes.AdminQuizSettings.Delete")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> Delete(string slug, CourseRef course, Guid quizKey)
    {
        var quiz = await quizzes.GetAsync(course.Id, quizKey, HttpContext.RequestAborted);
        return quiz is null ? NotFound() : View(new QuizDeleteViewModel(course, quiz, await quizzes.AttemptCountAsync(quiz.Id, HttpContext.RequestAborted)));
    }

    /// <summary>Deletes the quiz and its attempts; learners who had done everything else in the course complete it now.</summary>
    [HttpPost("{quizKey:guid}/delete", Name = "Quizzes.AdminQuizSettings.DeleteConfirmed")]
    [ActionName("Delete")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> DeleteConfirmed(string slug, CourseRef course, Guid quizKey)
    {
        if (!await quizzes.DeleteAsync(course.Id, quizKey, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        await progress.ReevaluateCourseAsync(course.Id, HttpContext.RequestAborted);
        TempData["Message"] = T["Quiz deleted. Its questions stay in the question bank."].Value;
        return RedirectToRoute("Quizzes.AdminQuizzes.Course", new { slug });
    }

    /// <summary>Reads and checks the form; draws are checked against the quiz's own questions and the rest of the bank.</summary>
    private async Task<(QuizDefinition Settings, Dictionary<string, string> Errors)> ReadAsync(IFormCollection form, CourseRef course, Guid moduleKey, Quiz? quiz)
    {
        var (settings, parseErrors) = QuizSettingsForm.Read(form, quiz?.Key);
        var errors = parseErrors.ToDictionary(e => e.Key, e => T[e.Value].Value, StringComparer.Ordinal);
        var withQuestions = settings with { Questions = quiz is null ? [] : QuizDefinitions.Of(quiz).Questions };
        foreach (var error in QuizValidator.Validate(withQuestions, await quizzes.BankOutsideAsync(course.Id, moduleKey, HttpContext.RequestAborted), requireQuestions: false))
        {
            errors.TryAdd(error.Where, T[error.Message, error.Arguments].Value);
        }

        return (settings, errors);
    }

    private async Task<QuizSettingsViewModel> FormAsync(CourseRef course, Guid moduleKey, string moduleTitle, Quiz? quiz, QuizDefinition values, IReadOnlyDictionary<string, string> errors) => new()
    {
        Course = course,
        ModuleKey = moduleKey,
        ModuleTitle = moduleTitle,
        Quiz = quiz,
        Values = values,
        Errors = errors,
        Categories = await bank.CategoriesAsync(course.Id, HttpContext.RequestAborted),
    };

    /// <summary>The title of a module of the latest version that has no quiz yet, or null.</summary>
    private async Task<string?> FreeModuleAsync(CourseRef course, Guid moduleKey) =>
        await quizzes.FindAsync(course.Id, moduleKey, HttpContext.RequestAborted) is null
            ? (await courseDirectory.LatestAsync(course.Id, HttpContext.RequestAborted))?.Modules.FirstOrDefault(m => m.Key == moduleKey)?.Title
            : null;

    private async Task<string> ModuleTitleAsync(CourseRef course, Guid moduleKey) =>
        (await courseDirectory.LatestAsync(course.Id, HttpContext.RequestAborted))?.Modules.FirstOrDefault(m => m.Key == moduleKey)?.Title
        ?? T["(a module no longer in the course)"].Value;
}
