using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Users;
using System.Security.Claims;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.Quizzes.Services;
using InnovationAcademy.Quizzes.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Quizzes.Controllers;

/// <summary>
/// A learner's side of a quiz: start or resume, answer page by page (each page saved as it is left), submit, see
/// the result and, when the quiz allows, the review. Another learner's attempt answers 404, as one that does not exist.
/// </summary>
[Authorize]
[Route("courses/{slug}/quizzes/{quizKey:guid}")]
internal sealed class QuizController(
    ICourseDirectory courses,
    CourseDisplay display,
    QuizStore quizzes,
    QuizAttempts attempts,
    IStringLocalizer<QuizController> T) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("", Name = "Quizzes.Quiz.Intro")]
    public async Task<IActionResult> Intro(string slug, Guid quizKey)
    {
        if (await LoadAsync(slug, quizKey) is not { } loaded)
        {
            return NotFound();
        }

        if (loaded.Refusal is { } refusal)
        {
            return refusal;
        }

        var (courseTitle, quiz) = (loaded.CourseTitle, loaded.Quiz);
        var mine = await attempts.ForLearnerAsync(quiz, UserId, HttpContext.RequestAborted);
        var path = await display.ForCourseAsync(loaded.Course, HttpContext);
        return View(new QuizIntroViewModel
        {
            Around = path.Around(Url.RouteUrl("Quizzes.Quiz.Intro", new { slug, quizKey }) ?? ""),
            Slug = slug,
            CourseTitle = courseTitle,
            Quiz = quiz,
            Attempts = mine,
            Grade = QuizAttempts.GradeOf(quiz, mine),
            Passed = QuizAttempts.Passed(quiz, mine),
            CanReview = CanReview(quiz, mine),
        });
    }

    [HttpPost("start", Name = "Quizzes.Quiz.Start")]
    public async Task<IActionResult> Start(string slug, Guid quizKey)
    {
        if (await LoadAsync(slug, quizKey) is not { } loaded)
        {
            return NotFound();
        }

        if (loaded.Refusal is { } refusal)
        {
            return refusal;
        }

        var (attempt, reason) = await attempts.StartAsync(loaded.Quiz, UserId, HttpContext.RequestAborted);
        if (attempt is null)
        {
            TempData["Message"] = T[reason!].Value;
            return RedirectToRoute("Quizzes.Quiz.Intro", new { slug, quizKey });
        }

        return RedirectToRoute("Quizzes.Quiz.Page", new { slug, quizKey, number = attempt.Number, page = FirstUnanswered(loaded.Quiz, attempt) });
    }

    [HttpGet("attempts/{number:int}/pages/{page:int}", Name = "Quizzes.Quiz.Page")]
    public async Task<IActionResult> Page(string slug, Guid quizKey, int number, int page)
    {
        if (await LoadAttemptAsync(slug, quizKey, number) is not { } loaded)
        {
            return NotFound();
        }

        if (!loaded.Attempt.IsOpen)
        {
            return RedirectToRoute("Quizzes.Quiz.Result", new { slug, quizKey, number });
        }

        return View(await PageModelAsync(slug, loaded.Quiz, loaded.Attempt, page));
    }

    /// <summary>Saves the page, then goes where the learner asked: <c>go</c> = previous, next, or submit.</summary>
    [HttpPost("attempts/{number:int}/pages/{page:int}", Name = "Quizzes.Quiz.Page")]
    public async Task<IActionResult> Page(string slug, Guid quizKey, int number, int page, string? go)
    {
        if (await LoadAttemptAsync(slug, quizKey, number) is not { } loaded)
        {
            return NotFound();
        }

        var (quiz, attempt) = (loaded.Quiz, loaded.Attempt);
        var model = await PageModelAsync(slug, quiz, attempt, page);
        var answers = model.Questions.ToDictionary(q => q.Key, q => Request.Form[$"q-{q.Key:N}"].Where(v => v is not null).Select(v => v!).ToList());
        foreach (var question in model.Questions.Where(q => q.Kind == QuestionKind.Matching))
        {
            answers[question.Key] = question.Options
                .Select(o => (o.Key, Match: Request.Form[$"q-{question.Key:N}-{o.Key:N}"].ToString()))
                .Where(p => p.Match.Length > 0)
                .Select(p => $"{p.Key}={p.Match}").ToList();
        }

        var flagged = Request.Form["flag"].Select(v => Guid.TryParse(v, out var key) ? key : Guid.Empty).Where(answers.ContainsKey).ToHashSet();
        if (await attempts.SaveAsync(quiz, attempt, answers, flagged, HttpContext.RequestAborted) is not { } saved)
        {
            TempData["Message"] = attempt.TimedOut
                ? T["Time ran out. The answers you saved in time were graded."].Value
                : T["This attempt is already finished."].Value;
            return RedirectToRoute("Quizzes.Quiz.Result", new { slug, quizKey, number });
        }

        switch (go)
        {
            case "submit":
                // Never straight to the grade: the summary lists what is answered, blank or marked, and submits from there.
                return RedirectToRoute("Quizzes.Quiz.Summary", new { slug, quizKey, number });
            case "previous":
                return Redirect($"{model.Base}/pages/{Math.Max(1, model.PageNumber - 1)}");
            default:
                return Redirect($"{model.Base}/pages/{Math.Min(model.PageCount, model.PageNumber + 1)}");
        }
    }

    /// <summary>Every question of the attempt with its state (answered, blank, marked), links back to each, and the submit button.</summary>
    [HttpGet("attempts/{number:int}/summary", Name = "Quizzes.Quiz.Summary")]
    public async Task<IActionResult> Summary(string slug, Guid quizKey, int number)
    {
        if (await LoadAttemptAsync(slug, quizKey, number) is not { } loaded)
        {
            return NotFound();
        }

        return loaded.Attempt.IsOpen
            ? View(await SummaryModelAsync(slug, loaded.Quiz, loaded.Attempt))
            : RedirectToRoute("Quizzes.Quiz.Result", new { slug, quizKey, number });
    }

    /// <summary>
    /// Submits the attempt. With questions left blank, only from a summary that showed that many: a learner who
    /// answered more since, or who never saw the summary, sees it (again) first.
    /// </summary>
    [HttpPost("attempts/{number:int}/submit", Name = "Quizzes.Quiz.Submit")]
    public async Task<IActionResult> Submit(string slug, Guid quizKey, int number, int? blank)
    {
        if (await LoadAttemptAsync(slug, quizKey, number) is not { } loaded)
        {
            return NotFound();
        }

        var (quiz, attempt) = (loaded.Quiz, loaded.Attempt);
        // Saving nothing closes an attempt whose time ran out, graded on what was saved in time.
        if (await attempts.SaveAsync(quiz, attempt, new Dictionary<Guid, List<string>>(), cancellationToken: HttpContext.RequestAborted) is not { } open)
        {
            return RedirectToRoute("Quizzes.Quiz.Result", new { slug, quizKey, number });
        }

        var summary = await SummaryModelAsync(slug, quiz, open);
        if (summary.Blank > 0 && blank != summary.Blank)
        {
            TempData["Error"] = T.Plural(summary.Blank, "1 question has no answer: check it below before you submit.", "{0} questions have no answer: check them below before you submit.").Value;
            return RedirectToRoute("Quizzes.Quiz.Summary", new { slug, quizKey, number });
        }

        await attempts.SubmitAsync(quiz, open, timedOut: false, HttpContext.RequestAborted);
        return RedirectToRoute("Quizzes.Quiz.Result", new { slug, quizKey, number });
    }

    [HttpGet("attempts/{number:int}", Name = "Quizzes.Quiz.Result")]
    public async Task<IActionResult> Result(string slug, Guid quizKey, int number)
    {
        if (await LoadAttemptAsync(slug, quizKey, number) is not { } loaded)
        {
            return NotFound();
        }

        var (quiz, attempt) = (loaded.Quiz, loaded.Attempt);
        if (attempt.IsOpen)
        {
            return RedirectToRoute("Quizzes.Quiz.Page", new { slug, quizKey, number, page = "1" });
        }

        var mine = loaded.All;
        var course = await courses.PublishedAsync(slug, HttpContext.RequestAborted);
        var path = course is null ? null : await display.ForCourseAsync(course, HttpContext);
        return View(new AttemptResultViewModel
        {
            // The quiz's neighbours on the course's path: after passing, "next" leads on to the next module.
            Around = path?.Around(Url.RouteUrl("Quizzes.Quiz.Intro", new { slug, quizKey }) ?? "") ?? (null, null),
            Slug = slug,
            Quiz = quiz,
            Attempt = attempt,
            Questions = await attempts.QuestionsOfAsync(quiz, [attempt], HttpContext.RequestAborted),
            CanReview = CanReview(quiz, mine),
            AttemptsLeft = quiz.MaxAttempts is not { } max || mine.Count < max,
        });
    }

    /// <summary>Review after each attempt, only once passed, or never, as the quiz says.</summary>
    private static bool CanReview(Quiz quiz, IReadOnlyList<QuizAttempt> attempts) => quiz.Review switch
    {
        ReviewPolicy.AfterEachAttempt => true,
        ReviewPolicy.AfterPassing => QuizAttempts.Passed(quiz, attempts),
        _ => false,
    };

    private async Task<AttemptPageViewModel> PageModelAsync(string slug, Quiz quiz, QuizAttempt attempt, int page)
    {
        var byKey = await attempts.QuestionsOfAsync(quiz, [attempt], HttpContext.RequestAborted);
        var ordered = attempt.QuestionOrder.Where(byKey.ContainsKey).Select(k => byKey[k]).ToList();
        var pageCount = Math.Max(1, (int)Math.Ceiling(ordered.Count / (double)quiz.QuestionsPerPage));
        var number = Math.Clamp(page, 1, pageCount);
        return new AttemptPageViewModel
        {
            Slug = slug,
            Quiz = quiz,
            Attempt = attempt,
            PageNumber = number,
            PageCount = pageCount,
            Questions = ordered.Skip((number - 1) * quiz.QuestionsPerPage).Take(quiz.QuestionsPerPage).ToList(),
            FirstNumber = ((number - 1) * quiz.QuestionsPerPage) + 1,
            TimeZone = UserClaims.TimeZoneOf(User),
        };
    }

    private async Task<AttemptSummaryViewModel> SummaryModelAsync(string slug, Quiz quiz, QuizAttempt attempt)
    {
        var byKey = await attempts.QuestionsOfAsync(quiz, [attempt], HttpContext.RequestAborted);
        var rows = attempt.QuestionOrder.Where(byKey.ContainsKey).Select((key, index) => new AttemptSummaryRow(
            index + 1,
            byKey[key].Text,
            (index / quiz.QuestionsPerPage) + 1,
            key,
            attempt.Answers.Any(a => a.QuestionKey == key && a.Values.Any(v => v.Length > 0 && !v.EndsWith('='))),
            attempt.Flagged.Contains(key))).ToList();
        return new AttemptSummaryViewModel { Slug = slug, Quiz = quiz, Attempt = attempt, Rows = rows, TimeZone = UserClaims.TimeZoneOf(User) };
    }

    /// <summary>Where a resumed attempt picks up: the page of the first question without an answer.</summary>
    private static int FirstUnanswered(Quiz quiz, QuizAttempt attempt)
    {
        var index = attempt.QuestionOrder.FindIndex(k => !attempt.Answers.Any(a => a.QuestionKey == k && a.Values.Count > 0));
        return index < 0 ? 1 : (index / quiz.QuestionsPerPage) + 1;
    }

    private async Task<LoadedQuiz?> LoadAsync(string slug, Guid quizKey)
    {
        var course = await courses.PublishedAsync(slug, HttpContext.RequestAborted);
        var quiz = course is null ? null : await quizzes.GetAsync(course.CourseId, quizKey, HttpContext.RequestAborted);
        // A quiz an editor has only just created, without questions, is not there yet for learners.
        if (course is null || quiz is null || quiz.QuestionsPerAttempt == 0 || !course.Modules.Any(m => m.Key == quiz.ModuleKey))
        {
            return null;
        }

        if (!await display.CanOpenLessonsAsync(course, HttpContext))
        {
            TempData["Message"] = T["Enrol in this course to take its quizzes."].Value;
            return new LoadedQuiz(course, quiz, RedirectToRoute("Courses.Catalog.Course", new { slug }));
        }

        return new LoadedQuiz(course, quiz, null);
    }

    private async Task<LoadedAttempt?> LoadAttemptAsync(string slug, Guid quizKey, int number)
    {
        if (await LoadAsync(slug, quizKey) is not { Refusal: null } loaded)
        {
            return null;
        }

        var mine = await attempts.ForLearnerAsync(loaded.Quiz, UserId, HttpContext.RequestAborted);
        return mine.FirstOrDefault(a => a.Number == number) is { } attempt ? new LoadedAttempt(loaded.Quiz, attempt, mine) : null;
    }

    private sealed record LoadedQuiz(CourseOutline Course, Quiz Quiz, IActionResult? Refusal)
    {
        public string CourseTitle => Course.Title;
    }

    private sealed record LoadedAttempt(Quiz Quiz, QuizAttempt Attempt, IReadOnlyList<QuizAttempt> All);
}
