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
/// A course's question bank: every question of the course, whether a quiz asks it every time or only draws it from
/// its category. Saving a question regrades the finished attempts that asked it; a change that would leave a quiz's
/// draw short, or a quiz without questions, is refused with the reason.
/// </summary>
[Admin]
[Route("admin/courses/{slug}/questions")]
internal sealed class AdminQuestionBankController(
    QuestionBank bank,
    QuizStore quizzes,
    QuizAttempts attempts,
    IStringLocalizer<AdminQuestionBankController> T) : Controller
{
    [HttpGet("", Name = "Quizzes.AdminQuestionBank.Index")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> Index(string slug, CourseRef course, string? category, string? q, int page = 1)
    {
        return View(new QuestionBankViewModel
        {
            Course = course,
            Listing = await bank.ListAsync(course.Id, category, q, page, HttpContext.RequestAborted),
            Categories = await bank.CategoriesAsync(course.Id, HttpContext.RequestAborted),
            Quizzes = (await quizzes.ForCourseAsync(course.Id, HttpContext.RequestAborted)).OrderBy(z => z.Title, StringComparer.CurrentCulture).ToList(),
            Category = category,
            Search = q,
        });
    }

    [HttpGet("new", Name = "Quizzes.AdminQuestionBank.New")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> New(string slug, CourseRef course, string? kind, Guid? quiz, string? category)
    {
        if (ParseKind(kind) is not { } parsed)
        {
            TempData["Message"] = T["Choose the kind of question to add."].Value;
            return RedirectToRoute("Quizzes.AdminQuestionBank.Index", new { slug });
        }

        var all = await quizzes.ForCourseAsync(course.Id, HttpContext.RequestAborted);
        return View("Edit", await EditorAsync(course, parsed, null, all.FirstOrDefault(z => z.Key == quiz), QuestionEditViewModel.Blank(parsed, category), []));
    }

    [HttpPost("new", Name = "Quizzes.AdminQuestionBank.New")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> New(string slug, CourseRef course, string? kind, Guid? quiz, IFormCollection form)
    {
        if (ParseKind(kind) is not { } parsed)
        {
            return BadRequest();
        }

        var target = quiz is { } key ? await quizzes.GetAsync(course.Id, key, HttpContext.RequestAborted) : null;
        if (quiz is not null && target is null)
        {
            return NotFound();
        }

        var values = QuestionForm.Read(null, parsed, form);
        if ((QuestionForm.Problem(parsed, form) ?? QuizValidator.Check(values)) is { } problem)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", await EditorAsync(course, parsed, null, target, values, [T[problem].Value]));
        }

        var added = await bank.AddAsync(course.Id, values, target, HttpContext.RequestAborted);
        TempData["Message"] = target is null
            ? T["Question added to the bank."].Value
            : T["Question added to {0}; attempts already started keep their questions.", target.Title].Value;
        return Redirect(target is null ? $"/admin/courses/{slug}/questions" : $"/admin/courses/{slug}/quizzes/{target.Key}/settings");
    }

    [HttpGet("{key:guid}", Name = "Quizzes.AdminQuestionBank.Edit")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> Edit(string slug, CourseRef course, Guid key)
    {
        var question = await bank.GetAsync(course.Id, key, HttpContext.RequestAborted);
        if (question is null)
        {
            return NotFound();
        }

        return View(await EditorAsync(course, question.Kind, question, await QuizOfAsync(question), QuizDefinitions.Of(question), []));
    }

    /// <summary>Saves a changed question through the same rules as an import, then regrades every finished attempt that asked it.</summary>
    [HttpPost("{key:guid}", Name = "Quizzes.AdminQuestionBank.Edit")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> Edit(string slug, CourseRef course, Guid key, IFormCollection form)
    {
        var question = await bank.GetAsync(course.Id, key, HttpContext.RequestAborted);
        if (question is null)
        {
            return NotFound();
        }

        var quiz = await QuizOfAsync(question);
        var values = QuestionForm.Read(question.Key, question.Kind, form);
        var errors = new List<string>();
        if ((QuestionForm.Problem(question.Kind, form) ?? QuizValidator.Check(values)) is { } problem)
        {
            errors.Add(T[problem].Value);
        }

        errors.AddRange(Explain(await bank.ShortfallsAsync(question, values.Category, removed: false, HttpContext.RequestAborted)));
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await EditorAsync(course, question.Kind, question, quiz, values, errors));
        }

        var regraded = await RegradeAsync(await bank.UpdateAsync(question, values, HttpContext.RequestAborted));
        TempData["Message"] = T["Question saved; {0} attempts regraded.", regraded].Value;
        return Redirect(quiz is null ? $"/admin/courses/{slug}/questions" : $"/admin/courses/{slug}/quizzes/{quiz.Key}/settings");
    }

    [HttpGet("{key:guid}/delete", Name = "Quizzes.AdminQuestionBank.Delete")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> Delete(string slug, CourseRef course, Guid key)
    {
        var question = await bank.GetAsync(course.Id, key, HttpContext.RequestAborted);
        return question is null ? NotFound() : View(new QuestionDeleteViewModel(course, question, await QuizOfAsync(question),
            await bank.AttemptsAskingAsync(key, HttpContext.RequestAborted),
            await bank.ShortfallsAsync(question, null, removed: true, HttpContext.RequestAborted)));
    }

    [HttpPost("{key:guid}/delete", Name = "Quizzes.AdminQuestionBank.DeleteConfirmed")]
    [ActionName("Delete")]
    [AdminCourse(nameof(Permissions.EditQuizzes))]
    public async Task<IActionResult> DeleteConfirmed(string slug, CourseRef course, Guid key)
    {
        var question = await bank.GetAsync(course.Id, key, HttpContext.RequestAborted);
        if (question is null)
        {
            return NotFound();
        }

        var shortfalls = await bank.ShortfallsAsync(question, null, removed: true, HttpContext.RequestAborted);
        if (shortfalls.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(new QuestionDeleteViewModel(course, question, await QuizOfAsync(question),
                await bank.AttemptsAskingAsync(key, HttpContext.RequestAborted), shortfalls));
        }

        var regraded = await RegradeAsync(await bank.DeleteAsync(question, HttpContext.RequestAborted));
        TempData["Message"] = T["Question deleted; {0} attempts regraded without it.", regraded].Value;
        return RedirectToRoute("Quizzes.AdminQuestionBank.Index", new { slug });
    }

    /// <summary>The refusals a shortfall gives, in the editor's language.</summary>
    private IEnumerable<string> Explain(IEnumerable<DrawShortfall> shortfalls) => shortfalls.Select(s => s.Category.Length == 0
        ? T["This is the last question of \"{0}\": add another one first, or delete the quiz.", s.QuizTitle].Value
        : T["\"{0}\" draws {1} questions of the category \"{2}\"; only {3} would be left.", s.QuizTitle, s.Wanted, s.Category, s.Left].Value);

    private async Task<int> RegradeAsync(IReadOnlyList<int> quizIds)
    {
        var regraded = 0;
        foreach (var id in quizIds)
        {
            regraded += await attempts.RegradeAsync(await quizzes.LoadAsync(id, HttpContext.RequestAborted), HttpContext.RequestAborted);
        }

        return regraded;
    }

    private async Task<Quiz?> QuizOfAsync(Question question) => question.QuizId is { } id
        ? (await quizzes.ForCourseAsync(question.CourseId, HttpContext.RequestAborted)).FirstOrDefault(z => z.Id == id)
        : null;

    private async Task<QuestionEditViewModel> EditorAsync(CourseRef course, QuestionKind kind, Question? question, Quiz? quiz, QuestionDefinition values, IReadOnlyList<string> errors) => new()
    {
        Course = course,
        Kind = kind,
        Key = question?.Key,
        Quiz = quiz,
        Quizzes = question is null ? (await quizzes.ForCourseAsync(course.Id, HttpContext.RequestAborted)).OrderBy(z => z.Title, StringComparer.CurrentCulture).ToList() : [],
        Categories = (await bank.CategoriesAsync(course.Id, HttpContext.RequestAborted)).Select(c => c.Category).ToList(),
        Values = values,
        Errors = errors,
        AttemptsAsking = question is null ? 0 : await bank.AttemptsAskingAsync(question.Key, HttpContext.RequestAborted),
    };

    private static QuestionKind? ParseKind(string? kind) =>
        Enum.TryParse<QuestionKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(kind, out _) ? parsed : null;
}
