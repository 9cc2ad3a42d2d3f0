using System.Security.Cryptography;
using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Content;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Enrollments.Services;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Assignments.Services;

/// <summary>What a grader's review led to.</summary>
internal enum ReviewOutcome
{
    Decided,
    WaitsForSecondReviewer,
    WaitsForDecision,
    AlreadyReviewedByYou,
    AlreadyDecided,
    OwnWork,
}

/// <summary>A file as the learner's browser sent it.</summary>
internal sealed record UploadedFile(string Name, byte[] Content);

/// <summary>What is wrong with a hand-in, by field ("Text", "Files").</summary>
internal sealed record SubmissionError(string Field, string Message, object[] Arguments);

/// <summary>
/// Hand-ins and their grading. Learners may replace their work until a grader has judged it, and again after
/// "needs rework"; an accepted assignment completes the course. In blind grading, graders never learn who handed
/// in until an administrator releases the grades, and learners hear the decisions at that moment.
/// </summary>
internal sealed class AssignmentService(
    AcademyDbContext db,
    IUserDirectory users,
    ICourseDirectory courses,
    SubmissionStore files,
    IContentRenderer renderer,
    IEmailQueue email,
    ISiteUrls urls,
    ProgressTracker progress,
    IAuditLog audit,
    TimeProvider clock)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public Task<Assignment?> ForCourseAsync(int courseId, CancellationToken cancellationToken = default) =>
        db.Set<Assignment>().AsNoTracking().Include(a => a.Criteria.OrderBy(c => c.Position)).FirstOrDefaultAsync(a => a.CourseId == courseId, cancellationToken);

    public async Task SaveAsync(int courseId, AssignmentDefinition definition, CancellationToken cancellationToken = default)
    {
        var assignment = await db.Set<Assignment>().Include(a => a.Criteria).FirstOrDefaultAsync(a => a.CourseId == courseId, cancellationToken);
        if (assignment is null)
        {
            assignment = new Assignment { CourseId = courseId, Title = "" };
            db.Set<Assignment>().Add(assignment);
        }

        assignment.Title = definition.Title.Trim();
        assignment.Instructions = definition.Instructions;
        assignment.InstructionsHtml = renderer.RenderMarkdown(definition.Instructions);
        assignment.DueUtc = definition.DueUtc;
        assignment.MaxFileMegabytes = definition.MaxFileMegabytes;
        assignment.MaxFiles = definition.MaxFiles;
        assignment.Blind = definition.Blind;
        assignment.SecondReviewer = definition.SecondReviewer;
        assignment.Criteria.Clear();
        assignment.Criteria.AddRange(definition.Rubric.Select((c, i) => new RubricCriterion { Position = i, Title = c.Title.Trim(), Description = c.Description.Trim(), Levels = c.Levels.Select(l => l.Trim()).ToList() }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every course's assignment with the number of hand-ins waiting for a grade, in one query.</summary>
    public async Task<Dictionary<int, (Assignment Assignment, int Waiting)>> OverviewAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<Assignment>().AsNoTracking()
            .Select(a => new { Assignment = a, Waiting = db.Set<Submission>().Count(s => s.AssignmentId == a.Id && s.Status == SubmissionStatus.Submitted) })
            .ToListAsync(cancellationToken))
        .ToDictionary(x => x.Assignment.CourseId, x => (x.Assignment, x.Waiting));

    public Task<Submission?> MineAsync(Assignment assignment, string userId, CancellationToken cancellationToken = default) =>
        db.Set<Submission>().Include(s => s.Files).Include(s => s.Reviews)
            .FirstOrDefaultAsync(s => s.AssignmentId == assignment.Id && s.UserId == userId, cancellationToken);

    /// <summary>
    /// Hands in (or replaces) the learner's work; returns what is wrong, or nothing when saved. Two hand-ins at once
    /// (a double click) are checked one after the other: the loser of the race starts again from what the winner saved.
    /// </summary>
    public async Task<IReadOnlyList<SubmissionError>> SubmitAsync(Assignment assignment, string userId, string? text, IReadOnlyList<UploadedFile> uploads, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = new List<string>();
            try
            {
                var errors = await SubmitOnceAsync(assignment, userId, text, uploads, stored, cancellationToken);
                if (errors.Count == 0)
                {
                    await progress.RecordActivityAsync(assignment.CourseId, userId, cancellationToken);
                }

                return errors;
            }
            catch (DbUpdateException e) when (attempt < 3 && (e is DbUpdateConcurrencyException || e.IsUniqueViolation()))
            {
                // Another hand-in moved the revision, or created the submission first: start again from what it saved.
                stored.ForEach(files.Delete);
                db.ChangeTracker.Clear();
            }
            catch
            {
                stored.ForEach(files.Delete);
                throw;
            }
        }
    }

    private async Task<IReadOnlyList<SubmissionError>> SubmitOnceAsync(Assignment assignment, string userId, string? text, IReadOnlyList<UploadedFile> uploads, List<string> stored, CancellationToken cancellationToken)
    {
        var errors = new List<SubmissionError>();
        var submission = await MineAsync(assignment, userId, cancellationToken);
        if (!MayHandIn(assignment, submission))
        {
            return [new("", submission?.Status == SubmissionStatus.Accepted ? "Your work was accepted; there is nothing more to hand in." : "Your work is being graded; you will hear when the grades are released.", [])];
        }

        var body = (text ?? "").Trim();
        if (body.Length > 50_000)
        {
            errors.Add(new("Text", "Keep the text under {0} characters.", [50_000]));
        }

        var kept = submission?.Files.Count ?? 0;
        // Only new files can break the limit: work already over it (a lowered limit) may still change its text.
        if (uploads.Count > 0 && kept + uploads.Count > assignment.MaxFiles)
        {
            errors.Add(new("Files", "Attach at most {0} files in all.", [assignment.MaxFiles]));
        }

        var accepted = new List<(UploadedFile File, SubmissionFileType Type)>();
        foreach (var upload in uploads)
        {
            if (upload.Content.Length > assignment.MaxFileMegabytes * 1024L * 1024L)
            {
                errors.Add(new("Files", "{0} is larger than {1} MB.", [upload.Name, assignment.MaxFileMegabytes]));
            }
            else if (SubmissionFileTypes.Detect(upload.Content) is { } type)
            {
                accepted.Add((upload, type));
            }
            else
            {
                errors.Add(new("Files", "{0} is not a PDF, Word, PowerPoint, PNG or JPEG file.", [upload.Name]));
            }
        }

        if (body.Length == 0 && kept + uploads.Count == 0)
        {
            errors.Add(new("Text", "Write your work here or attach a file.", []));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (submission is null)
        {
            submission = new Submission { AssignmentId = assignment.Id, UserId = userId, Code = await NewCodeAsync(cancellationToken) };
            db.Set<Submission>().Add(submission);
        }
        else
        {
            submission.Revision++;
            if (submission.Status == SubmissionStatus.NeedsRework)
            {
                submission.Round++;
            }
        }

        submission.Text = body;
        submission.Status = SubmissionStatus.Submitted;
        submission.SubmittedUtc = now;
        foreach (var (upload, type) in accepted)
        {
            var storedName = await files.SaveAsync(upload.Content, type.Extension, cancellationToken);
            stored.Add(storedName);
            submission.Files.Add(new SubmissionFile
            {
                StoredName = storedName,
                OriginalName = SafeName(upload.Name),
                ContentType = type.ContentType,
                Size = upload.Content.Length,
                UploadedUtc = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// Work may be handed in (or replaced) until it is judged, and again after "needs rework" once the learner has
    /// been told (in blind grading, only after the release).
    /// </summary>
    public static bool MayHandIn(Assignment assignment, Submission? submission) => submission?.Status switch
    {
        null or SubmissionStatus.Submitted => true,
        SubmissionStatus.NeedsRework => !assignment.HidesIdentity,
        _ => false,
    };

    /// <summary>Takes a file out of work not yet judged.</summary>
    public async Task<bool> RemoveFileAsync(Assignment assignment, string userId, int fileId, CancellationToken cancellationToken = default)
    {
        var submission = await MineAsync(assignment, userId, cancellationToken);
        var file = submission?.Files.FirstOrDefault(f => f.Id == fileId);
        if (submission is null || file is null || !MayHandIn(assignment, submission))
        {
            return false;
        }

        submission.Files.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        files.Delete(file.StoredName);
        return true;
    }

    /// <summary>The submissions graders work through: waiting ones first, oldest first.</summary>
    public Task<List<Submission>> SubmissionsAsync(Assignment assignment, CancellationToken cancellationToken = default) =>
        db.Set<Submission>().AsNoTracking().Include(s => s.Files).Include(s => s.Reviews)
            .Where(s => s.AssignmentId == assignment.Id)
            .OrderBy(s => s.Status != SubmissionStatus.Submitted).ThenBy(s => s.SubmittedUtc)
            .ToListAsync(cancellationToken);

    public Task<Submission?> SubmissionAsync(Assignment assignment, int id, CancellationToken cancellationToken = default) =>
        db.Set<Submission>().AsNoTracking().Include(s => s.Files).Include(s => s.Reviews.OrderBy(r => r.CreatedUtc))
            .FirstOrDefaultAsync(s => s.AssignmentId == assignment.Id && s.Id == id, cancellationToken);

    public Task<bool> IsReviewerAsync(Assignment assignment, string userId, CancellationToken cancellationToken = default) =>
        db.Set<AssignmentReviewer>().AnyAsync(r => r.AssignmentId == assignment.Id && r.UserId == userId, cancellationToken);

    /// <summary>The assignments a user reviews without the grading permission.</summary>
    public Task<List<int>> ReviewedCourseIdsAsync(string userId, CancellationToken cancellationToken = default) =>
        (from reviewer in db.Set<AssignmentReviewer>()
         join assignment in db.Set<Assignment>() on reviewer.AssignmentId equals assignment.Id
         where reviewer.UserId == userId
         select assignment.CourseId).ToListAsync(cancellationToken);

    public async Task<List<UserCard>> ReviewersAsync(Assignment assignment, CancellationToken cancellationToken = default)
    {
        var ids = await db.Set<AssignmentReviewer>().Where(r => r.AssignmentId == assignment.Id).Select(r => r.UserId).ToListAsync(cancellationToken);
        return [.. (await users.FindManyAsync(ids, cancellationToken)).Values.OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Makes an existing user a reviewer of the assignment and tells them by e-mail; false when there is no such user.</summary>
    public async Task<bool> AddReviewerAsync(Assignment assignment, string emailAddress, string courseSlug, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(emailAddress, cancellationToken);
        if (user is null)
        {
            return false;
        }

        if (!await IsReviewerAsync(assignment, user.Id, cancellationToken))
        {
            db.Set<AssignmentReviewer>().Add(new AssignmentReviewer { AssignmentId = assignment.Id, UserId = user.Id });
            audit.Record("assignment.reviewer-added", user.Email, AuditNote.Data(assignment.Title));
            await email.EnqueueTemplateAsync(user.Email, "assignment-reviewer", user.Culture, new
            {
                user.DisplayName,
                AssignmentTitle = assignment.Title,
                Link = urls.Absolute($"/admin/courses/{courseSlug}/assignments"),
            }, EmailAbout.Course(assignment.CourseId), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    public async Task RemoveReviewerAsync(Assignment assignment, string userId, CancellationToken cancellationToken = default)
    {
        var reviewer = await db.Set<AssignmentReviewer>().FirstOrDefaultAsync(r => r.AssignmentId == assignment.Id && r.UserId == userId, cancellationToken);
        if (reviewer is not null)
        {
            db.Set<AssignmentReviewer>().Remove(reviewer);
            audit.Record("assignment.reviewer-removed", userId, AuditNote.Data(assignment.Title));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Names and e-mails of the learners behind submissions, for graders once identity is no secret.</summary>
    public async Task<Dictionary<string, (string Name, string Email)>> LearnersAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var people = await users.FindManyAsync(userIds, cancellationToken);
        return people.ToDictionary(p => p.Key, p => (p.Value.DisplayName, p.Value.Email), StringComparer.Ordinal);
    }

    /// <summary>
    /// Records a grader's judgement. With one reviewer it decides: the learner hears of it now, or when blind grades
    /// are released. With two, it waits for the other grader, then for an administrator's decision.
    /// </summary>
    public async Task<ReviewOutcome> ReviewAsync(Assignment assignment, int submissionId, string reviewerId, string reviewerName, IReadOnlyList<int> levels, string feedback, bool accepted, CancellationToken cancellationToken = default)
    {
        var submission = await db.Set<Submission>().Include(s => s.Reviews).FirstOrDefaultAsync(s => s.AssignmentId == assignment.Id && s.Id == submissionId, cancellationToken);
        if (submission is null || submission.Status != SubmissionStatus.Submitted)
        {
            return ReviewOutcome.AlreadyDecided;
        }

        if (submission.UserId == reviewerId)
        {
            return ReviewOutcome.OwnWork;
        }

        var round = submission.Reviews.Where(r => r.Round == submission.Round && !r.IsDecision).ToList();
        if (assignment.SecondReviewer)
        {
            if (round.Any(r => r.ReviewerId == reviewerId))
            {
                return ReviewOutcome.AlreadyReviewedByYou;
            }

            if (round.Count >= 2)
            {
                return ReviewOutcome.WaitsForDecision;
            }

            submission.Reviews.Add(new Review
            {
                Round = submission.Round,
                ReviewerId = reviewerId,
                ReviewerName = reviewerName,
                Levels = levels.ToList(),
                Feedback = feedback.Trim(),
                Accepted = accepted,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            });
            audit.Record("assignment.reviewed", submission.Code, AuditNote.Say("{0}, round {1}, review {2} of 2 by {3}", assignment.Title, submission.Round, round.Count + 1, reviewerName));
            await db.SaveChangesAsync(cancellationToken);
            return round.Count == 0 ? ReviewOutcome.WaitsForSecondReviewer : ReviewOutcome.WaitsForDecision;
        }

        await DecideCoreAsync(assignment, submission, reviewerId, reviewerName, levels, feedback, accepted, isDecision: false, cancellationToken);
        return ReviewOutcome.Decided;
    }

    /// <summary>An administrator's decision on a hand-in both graders have reviewed.</summary>
    public async Task<bool> DecideAsync(Assignment assignment, int submissionId, string deciderId, string deciderName, string feedback, bool accepted, CancellationToken cancellationToken = default)
    {
        var submission = await db.Set<Submission>().Include(s => s.Reviews).FirstOrDefaultAsync(s => s.AssignmentId == assignment.Id && s.Id == submissionId, cancellationToken);
        if (submission is null || submission.Status != SubmissionStatus.Submitted
            || submission.Reviews.Count(r => r.Round == submission.Round && !r.IsDecision) < 2)
        {
            return false;
        }

        await DecideCoreAsync(assignment, submission, deciderId, deciderName, [], feedback, accepted, isDecision: true, cancellationToken);
        return true;
    }

    private async Task DecideCoreAsync(Assignment assignment, Submission submission, string reviewerId, string reviewerName, IReadOnlyList<int> levels, string feedback, bool accepted, bool isDecision, CancellationToken cancellationToken)
    {
        submission.Reviews.Add(new Review
        {
            Round = submission.Round,
            ReviewerId = reviewerId,
            ReviewerName = reviewerName,
            Levels = levels.ToList(),
            Feedback = feedback.Trim(),
            Accepted = accepted,
            IsDecision = isDecision,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        submission.Status = accepted ? SubmissionStatus.Accepted : SubmissionStatus.NeedsRework;
        audit.Record(accepted ? "assignment.accepted" : "assignment.rework", submission.Code, AuditNote.Say("{0}, round {1}, by {2}", assignment.Title, submission.Round, reviewerName));
        if (!assignment.HidesIdentity)
        {
            await NotifyAsync(assignment, submission, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!assignment.HidesIdentity)
        {
            await progress.ReevaluateAsync(assignment.CourseId, submission.UserId, cancellationToken);
        }
    }

    /// <summary>Ends the blind phase: graders see names, learners get their results by e-mail and completion is evaluated.</summary>
    public async Task<int> ReleaseAsync(Assignment assignment, CancellationToken cancellationToken = default)
    {
        var tracked = await db.Set<Assignment>().FirstAsync(a => a.Id == assignment.Id, cancellationToken);
        if (tracked.ReleasedUtc is not null)
        {
            return 0;
        }

        tracked.ReleasedUtc = clock.GetUtcNow().UtcDateTime;
        var decided = await db.Set<Submission>().Include(s => s.Reviews)
            .Where(s => s.AssignmentId == assignment.Id && s.Status != SubmissionStatus.Submitted).ToListAsync(cancellationToken);
        foreach (var submission in decided)
        {
            await NotifyAsync(tracked, submission, cancellationToken);
        }

        audit.Record("assignment.released", tracked.Title, AuditNote.Counted(decided.Count, "1 decision", "{0} decisions"));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var submission in decided)
        {
            await progress.ReevaluateAsync(assignment.CourseId, submission.UserId, cancellationToken);
        }

        return decided.Count;
    }

    /// <summary>A submission's file, for its owner or a grader; blind graders get a copy without the author's name.</summary>
    public async Task<(SubmissionFile File, byte[] Content)?> FileAsync(Assignment assignment, int fileId, string? ownerId, CancellationToken cancellationToken = default)
    {
        var found = await (from file in db.Set<SubmissionFile>().AsNoTracking()
                           join submission in db.Set<Submission>() on file.SubmissionId equals submission.Id
                           where file.Id == fileId && submission.AssignmentId == assignment.Id && (ownerId == null || submission.UserId == ownerId)
                           select file).FirstOrDefaultAsync(cancellationToken);
        var content = found is null ? null : await files.ReadAsync(found.StoredName, cancellationToken);
        if (found is null || content is null)
        {
            return null;
        }

        return (found, ownerId is null && assignment.HidesIdentity ? BlindCopy.Of(content, Path.GetExtension(found.StoredName)) : content);
    }

    private async Task NotifyAsync(Assignment assignment, Submission submission, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(submission.UserId, cancellationToken) is not { Email.Length: > 0 } user)
        {
            return;
        }

        var slug = (await courses.FindManyAsync([assignment.CourseId], cancellationToken)).GetValueOrDefault(assignment.CourseId)?.Slug ?? "";
        var review = submission.Reviews.OrderBy(r => r.CreatedUtc).LastOrDefault();
        await email.EnqueueTemplateAsync(user.Email, submission.Status == SubmissionStatus.Accepted ? "assignment-accepted" : "assignment-rework", user.Culture, new
        {
            user.DisplayName,
            AssignmentTitle = assignment.Title,
            Feedback = review?.Feedback ?? "",
            Link = urls.Absolute($"/courses/{slug}/assignment"),
        }, EmailAbout.Course(assignment.CourseId), cancellationToken);
    }

    private async Task<string> NewCodeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = "E-" + string.Concat(Enumerable.Range(0, 6).Select(_ => CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)]));
            if (!await db.Set<Submission>().AnyAsync(s => s.Code == code, cancellationToken))
            {
                return code;
            }
        }
    }

    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string(file.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? "archivo" : clean.Length > 200 ? clean[..200] : clean;
    }
}
