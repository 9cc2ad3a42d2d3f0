using System.Globalization;
using System.Security.Claims;
using CsvHelper;
using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Assignments.Services;
using InnovationAcademy.Assignments.ViewModels;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Export;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Assignments.Controllers;

/// <summary>
/// Graders read and judge hand-ins. While grading is blind, every page, download and export here shows a
/// submission's neutral code and never who handed it in.
/// </summary>
[Admin]
internal sealed class AdminAssignmentsController(
    IAuthorizationService authorization,
    CourseLookup courses,
    AssignmentService assignments,
    IStringLocalizer<AdminAssignmentsController> T) : Controller
{
    [HttpGet("/admin/assignments", Name = "Assignments.AdminAssignments.Overview")]
    public async Task<IActionResult> Overview()
    {
        var grader = await authorization.AuthorizeAsync(User, Permissions.GradeAssignments);
        var reviewed = User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? await assignments.ReviewedCourseIdsAsync(userId, HttpContext.RequestAborted) : [];
        if (!grader && reviewed.Count == 0)
        {
            return this.Denied();
        }

        // Two queries whatever the number of courses: every assignment with its waiting count, and the course titles.
        var overview = await assignments.OverviewAsync(HttpContext.RequestAborted);
        var list = (await courses.AllAsync(HttpContext.RequestAborted))
            .Where(c => (grader || reviewed.Contains(c.Id)) && overview.ContainsKey(c.Id))
            .Select(c => (c, overview[c.Id].Assignment, overview[c.Id].Waiting))
            .ToList();
        return View(list);
    }

    [HttpGet("/admin/courses/{slug}/assignments", Name = "Assignments.AdminAssignments.Index")]
    public async Task<IActionResult> Index(string slug)
    {
        if (await GuardAsync(slug) is not { } loaded)
        {
            return await RefusalAsync(slug);
        }

        return View(await ListModelAsync(slug, loaded.Course, loaded.Assignment, null));
    }

    [HttpPost("/admin/courses/{slug}/assignments/reviewers", Name = "Assignments.AdminAssignments.AddReviewer")]
    public async Task<IActionResult> AddReviewer(string slug, string? email)
    {
        if (await GuardAsync(slug, managersOnly: true) is not { } loaded)
        {
            return await RefusalAsync(slug);
        }

        if (string.IsNullOrWhiteSpace(email) || !await assignments.AddReviewerAsync(loaded.Assignment, email, slug, HttpContext.RequestAborted))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await ListModelAsync(slug, loaded.Course, loaded.Assignment, T["There is no account with this e-mail. Invite the person first at Users."].Value));
        }

        TempData["Message"] = T["{0} reviews this assignment now and was told by e-mail.", email.Trim()].Value;
        return RedirectToRoute("Assignments.AdminAssignments.Index", new { slug });
    }

    [HttpPost("/admin/courses/{slug}/assignments/reviewers/{userId}/remove", Name = "Assignments.AdminAssignments.RemoveReviewer")]
    public async Task<IActionResult> RemoveReviewer(string slug, string userId)
    {
        if (await GuardAsync(slug, managersOnly: true) is not { } loaded)
        {
            return await RefusalAsync(slug);
        }

        await assignments.RemoveReviewerAsync(loaded.Assignment, userId, HttpContext.RequestAborted);
        TempData["Message"] = T["Reviewer removed."].Value;
        return RedirectToRoute("Assignments.AdminAssignments.Index", new { slug });
    }

    [HttpGet("/admin/courses/{slug}/assignments/export", Name = "Assignments.AdminAssignments.Export")]
    public async Task<IActionResult> Export(string slug, string? format)
    {
        if (await GuardAsync(slug, managersOnly: true) is not { } loaded)
        {
            return await RefusalAsync(slug);
        }

        var rows = await RowsAsync(loaded.Assignment, await assignments.SubmissionsAsync(loaded.Assignment, HttpContext.RequestAborted));
        if (format == "xlsx")
        {
            return File(await WorkbookAsync(loaded.Assignment, rows), Spreadsheet.MediaType, $"{slug}-assignment.xlsx");
        }

        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, true))
        {
            foreach (var header in new[] { "submission", "learner", "email", "status", "round", "submitted_utc", "points", "max_points" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            var max = loaded.Assignment.Criteria.Sum(c => Math.Max(0, c.Levels.Count - 1));
            foreach (var row in rows)
            {
                var review = row.Submission.Reviews.OrderBy(r => r.CreatedUtc).LastOrDefault();
                csv.WriteField(row.Submission.Code);
                csv.WriteField(row.Who);
                csv.WriteField(row.Email ?? "");
                csv.WriteField(row.Submission.Status.ToString().ToLowerInvariant());
                csv.WriteField(row.Submission.Round.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(row.Submission.SubmittedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                csv.WriteField(review is null ? "" : review.Levels.Sum().ToString(CultureInfo.InvariantCulture));
                csv.WriteField(max.ToString(CultureInfo.InvariantCulture));
                csv.EndRecord();
            }

            csv.Flush();
        }

        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"{slug}-assignment.csv");
    }

    /// <summary>Releasing names every learner to the graders and sends every decision at once: it is confirmed first, with the counts.</summary>
    [HttpGet("/admin/courses/{slug}/assignments/release", Name = "Assignments.AdminAssignments.ConfirmRelease")]
    public async Task<IActionResult> ConfirmRelease(string slug)
    {
        if (await GuardAsync(slug, managersOnly: true) is not { } loaded)
        {
            return await RefusalAsync(slug);
        }

        if (!loaded.Assignment.HidesIdentity)
        {
            return RedirectToRoute("Assignments.AdminAssignments.Index", new { slug });
        }

        var submissions = await assignments.SubmissionsAsync(loaded.Assignment, HttpContext.RequestAborted);
        return View(new ReleaseViewModel
        {
            Slug = slug,
            CourseTitle = loaded.Course.Title,
            Decided = submissions.Count(s => s.Status != SubmissionStatus.Submitted),
            Waiting = submissions.Count(s => s.Status == SubmissionStatus.Submitted),
        });
    }

    /// <summary>The grades for people: headers and statuses in the reader's language, the level reached per criterion, times in the reader's zone.</summary>
    private async Task<byte[]> WorkbookAsync(Assignment assignment, IReadOnlyList<GraderRow> rows)
    {
        var reader = ReaderTime.Of(HttpContext);
        var sheet = new Spreadsheet(T["Grades"].Value,
        [
            T["Code"].Value, T["Learner"].Value, T["E-mail"].Value, T["Status"].Value, T["Round"].Value, T["Handed in"].Value,
            .. assignment.Criteria.Select(c => c.Title), T["Points"].Value, T["Maximum points"].Value,
        ]);
        var max = assignment.Criteria.Sum(c => Math.Max(0, c.Levels.Count - 1));
        foreach (var row in rows)
        {
            var review = row.Submission.Reviews.Where(r => !r.IsDecision).OrderBy(r => r.CreatedUtc).LastOrDefault();
            var levels = assignment.Criteria.Select((c, i) => review is not null && i < review.Levels.Count && review.Levels[i] >= 0 && review.Levels[i] < c.Levels.Count
                ? (object?)c.Levels[review.Levels[i]] : null);
            var status = row.Submission.Status switch
            {
                SubmissionStatus.Accepted => T["Accepted"].Value,
                SubmissionStatus.NeedsRework => T["Needs rework"].Value,
                _ => T["Waiting for a grade"].Value,
            };
            sheet.Add([row.Submission.Code, row.Who, row.Email, status, row.Submission.Round, reader.Local(row.Submission.SubmittedUtc),
                .. levels, review is null ? null : review.Levels.Sum(), max]);
        }

        return await sheet.ToBytesAsync(HttpContext.RequestAborted);
    }

    [HttpPost("/admin/courses/{slug}/assignments/release", Name = "Assignments.AdminAssignments.Release")]
    public async Task<IActionResult> Release(string slug)
    {
        if (await GuardAsync(slug, managersOnly: true) is not { } loaded)
        {
            return await RefusalAsync(slug);
        }

        var told = await assignments.ReleaseAsync(loaded.Assignment, HttpContext.RequestAborted);
        TempData["Message"] = T.Plural(told, "Grades released: 1 learner was told their result, and names now show.", "Grades released: {0} learners were told their result, and names now show.").Value;
        return RedirectToRoute("Assignments.AdminAssignments.Index", new { slug });
    }

    [HttpGet("/admin/courses/{slug}/assignments/submissions/{id:int}", Name = "Assignments.AdminAssignments.Grade")]
    public async Task<IActionResult> Grade(string slug, int id)
    {
        if (await GuardAsync(slug) is not { } loaded)
        {
            return await RefusalAsync(slug);
        }

        var submission = await assignments.SubmissionAsync(loaded.Assignment, id, HttpContext.RequestAborted);
        return submission is null ? NotFound() : View(await GradeModelAsync(slug, loaded.Assignment, submission, null));
    }

    [HttpPost("/admin/courses/{slug}/assignments/submissions/{id:int}", Name = "Assignments.AdminAssignments.Grade")]
    public async Task<IActionResult> Grade(string slug, int id, string? feedback, string? decision)
    {
        if (await GuardAsync(slug) is not { } loaded)
        {
            return await RefusalAsync(slug);
        }

        var assignment = loaded.Assignment;
        var submission = await assignments.SubmissionAsync(assignment, id, HttpContext.RequestAborted);
        if (submission is null)
        {
            return NotFound();
        }

        var levels = new List<int>();
        foreach (var criterion in assignment.Criteria)
        {
            if (int.TryParse(Request.Form[$"level-{criterion.Id}"], NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level >= 0 && level < criterion.Levels.Count)
            {
                levels.Add(level);
            }
            else
            {
                ModelState.AddModelError($"level-{criterion.Id}", T["Choose a level for “{0}”.", criterion.Title]);
            }
        }

        if (decision is not ("accept" or "rework"))
        {
            ModelState.AddModelError("decision", T["Choose: accept, or ask for rework."]);
        }

        if (decision == "rework" && string.IsNullOrWhiteSpace(feedback))
        {
            ModelState.AddModelError("feedback", T["Say what to rework: the learner reads this."]);
        }

        if ((feedback?.Length ?? 0) > 10_000)
        {
            ModelState.AddModelError("feedback", T["Keep the feedback under 10,000 characters."]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await GradeModelAsync(slug, assignment, submission, feedback));
        }

        var outcome = await assignments.ReviewAsync(assignment, id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, User.Identity!.Name!, levels, feedback ?? "", decision == "accept", HttpContext.RequestAborted);
        TempData["Message"] = outcome switch
        {
            ReviewOutcome.Decided when assignment.HidesIdentity => T["Grade saved. The learner will hear it when the grades are released."].Value,
            ReviewOutcome.Decided => T["Grade saved and e-mailed to the learner."].Value,
            ReviewOutcome.WaitsForSecondReviewer => T["Review saved. A second grader reviews this hand-in next."].Value,
            ReviewOutcome.WaitsForDecision => T["Review saved. Both grades are in: an administrator decides."].Value,
            ReviewOutcome.AlreadyReviewedByYou => T["You already reviewed this round; the second review must come from another grader."].Value,
            ReviewOutcome.OwnWork => T["This is your own hand-in: another grader must review it."].Value,
            _ => T["This submission was already graded."].Value,
        };
        return RedirectToRoute("Assignments.AdminAssignments.Index", new { slug });
    }

    /// <summary>The administrator's decision on a hand-in two graders have reviewed.</summary>
    [HttpPost("/admin/courses/{slug}/assignments/submissions/{id:int}/decide", Name = "Assignments.AdminAssignments.Decide")]
    public async Task<IActionResult> Decide(string slug, int id, string? feedback, string? decision)
    {
        if (await GuardAsync(slug) is not { } loaded || !await authorization.AuthorizeAsync(User, Permissions.DecideAssignments))
        {
            return await authorization.AuthorizeAsync(User, Permissions.DecideAssignments) ? NotFound() : this.Denied();
        }

        var submission = await assignments.SubmissionAsync(loaded.Assignment, id, HttpContext.RequestAborted);
        if (submission is null)
        {
            return NotFound();
        }

        if (decision is not ("accept" or "rework"))
        {
            ModelState.AddModelError("final-decision", T["Choose: accept, or ask for rework."]);
        }

        if (decision == "rework" && string.IsNullOrWhiteSpace(feedback))
        {
            ModelState.AddModelError("final-feedback", T["Say what to rework: the learner reads this."]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Grade), await GradeModelAsync(slug, loaded.Assignment, submission, null));
        }

        TempData["Message"] = await assignments.DecideAsync(loaded.Assignment, id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, User.Identity!.Name!, feedback ?? "", decision == "accept", HttpContext.RequestAborted)
            ? T["Decision saved."].Value
            : T["This hand-in cannot be decided now: it needs both reviews and no decision yet."].Value;
        return RedirectToRoute("Assignments.AdminAssignments.Index", new { slug });
    }

    /// <summary>A submitted file for graders, as a download; while blind, under the code and without its author metadata.</summary>
    [HttpGet("/admin/courses/{slug}/assignments/files/{fileId:int}", Name = "Assignments.AdminAssignments.Download")]
    public async Task<IActionResult> Download(string slug, int fileId)
    {
        if (await GuardAsync(slug) is not { } loaded)
        {
            return await RefusalAsync(slug);
        }

        var found = await assignments.FileAsync(loaded.Assignment, fileId, null, HttpContext.RequestAborted);
        if (found is not { } file)
        {
            return NotFound();
        }

        var name = loaded.Assignment.HidesIdentity
            ? $"{fileId}{Path.GetExtension(file.File.StoredName)}"
            : file.File.OriginalName;
        return File(file.Content, file.File.ContentType, name);
    }

    private async Task<GradingListViewModel> ListModelAsync(string slug, CourseRef course, Assignment assignment, string? reviewerError)
    {
        var manages = await authorization.AuthorizeAsync(User, Permissions.GradeAssignments);
        return new GradingListViewModel
        {
            Slug = slug,
            CourseTitle = course.Title,
            Assignment = assignment,
            Rows = await RowsAsync(assignment, await assignments.SubmissionsAsync(assignment, HttpContext.RequestAborted)),
            Manages = manages,
            Reviewers = manages ? await assignments.ReviewersAsync(assignment, HttpContext.RequestAborted) : [],
            ReviewerError = reviewerError,
        };
    }

    private async Task<GradeViewModel> GradeModelAsync(string slug, Assignment assignment, Submission submission, string? feedback) => new()
    {
        Slug = slug,
        Assignment = assignment,
        Row = (await RowsAsync(assignment, [submission]))[0],
        Feedback = feedback,
        UserId = User.FindFirstValue(ClaimTypes.NameIdentifier)!,
        CanDecide = await authorization.AuthorizeAsync(User, Permissions.DecideAssignments),
    };

    private async Task<List<GraderRow>> RowsAsync(Assignment assignment, IReadOnlyList<Submission> submissions)
    {
        if (assignment.HidesIdentity)
        {
            return submissions.Select(s => new GraderRow(s, s.Code, null)).ToList();
        }

        var learners = await assignments.LearnersAsync(submissions.Select(s => s.UserId), HttpContext.RequestAborted);
        return submissions.Select(s => learners.TryGetValue(s.UserId, out var who) ? new GraderRow(s, who.Name, who.Email) : new GraderRow(s, s.Code, null)).ToList();
    }

    /// <summary>
    /// The course and its assignment, for a holder of the grading permission or a reviewer assigned to this
    /// assignment (<paramref name="managersOnly"/>: the permission is needed, as for releasing or adding reviewers).
    /// </summary>
    private async Task<(CourseRef Course, Assignment Assignment)?> GuardAsync(string slug, bool managersOnly = false)
    {
        var course = await courses.FindAsync(slug, HttpContext.RequestAborted);
        var assignment = course is null ? null : await assignments.ForCourseAsync(course.Id, HttpContext.RequestAborted);
        if (course is null || assignment is null)
        {
            return null;
        }

        var allowed = await authorization.AuthorizeAsync(User, Permissions.GradeAssignments)
            || (!managersOnly && User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && await assignments.IsReviewerAsync(assignment, userId, HttpContext.RequestAborted));
        return allowed ? (course, assignment) : null;
    }

    /// <summary>403 (or sign in) for those who may not grade here; 404 for a course without an assignment.</summary>
    private async Task<IActionResult> RefusalAsync(string slug)
    {
        var course = await courses.FindAsync(slug, HttpContext.RequestAborted);
        return course is null || await assignments.ForCourseAsync(course.Id, HttpContext.RequestAborted) is null ? NotFound() : this.Denied();
    }
}
