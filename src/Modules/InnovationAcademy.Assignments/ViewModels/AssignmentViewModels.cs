using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Assignments.Services;

namespace InnovationAcademy.Assignments.ViewModels;

/// <summary>The final assignment's line after the outline.</summary>
internal sealed record OutlineAssignment(string Slug, string Title, SubmissionStatus? Status, bool DecisionHeld);

internal sealed class AssignmentPageViewModel
{
    /// <summary>The items before and after the assignment on the course's path (the last quiz, the certificate).</summary>
    public (Courses.Services.PathItem? Previous, Courses.Services.PathItem? Next) Around { get; init; }

    public required string Slug { get; init; }

    public required string CourseTitle { get; init; }

    public required Assignment Assignment { get; init; }

    public Submission? Submission { get; init; }

    public string? Text { get; set; }

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Whether the learner may see the decision and feedback (blind grades wait for their release).</summary>
    public bool DecisionVisible => Submission is { Status: not SubmissionStatus.Submitted } && !Assignment.HidesIdentity;

    public bool CanSubmit => AssignmentService.MayHandIn(Assignment, Submission);
}

/// <summary>A submission as a grader sees it: under its code while grading is blind.</summary>
internal sealed record GraderRow(Submission Submission, string Who, string? Email);

internal sealed class GradingListViewModel
{
    public required string Slug { get; init; }

    public required string CourseTitle { get; init; }

    public required Assignment Assignment { get; init; }

    public required IReadOnlyList<GraderRow> Rows { get; init; }

    /// <summary>Holds the grading permission (not only assigned as a reviewer): may release, export and choose reviewers.</summary>
    public bool Manages { get; init; }

    public IReadOnlyList<Core.Users.UserCard> Reviewers { get; init; } = [];

    public string? ReviewerError { get; init; }
}

internal sealed class GradeViewModel
{
    public required string Slug { get; init; }

    public required Assignment Assignment { get; init; }

    public required GraderRow Row { get; init; }

    public string? Feedback { get; set; }

    public string UserId { get; init; } = "";

    public bool CanDecide { get; init; }

    /// <summary>The graders' reviews of the current round (not the decision).</summary>
    public IReadOnlyList<Review> RoundReviews => Row.Submission.Reviews.Where(r => r.Round == Row.Submission.Round && !r.IsDecision).ToList();

    /// <summary>Whether this user may grade now: one review per round, or two different graders when two are asked for.</summary>
    public bool CanReview => Row.Submission.Status == SubmissionStatus.Submitted
        && (Assignment.SecondReviewer ? RoundReviews.Count < 2 && RoundReviews.All(r => r.ReviewerId != UserId) : RoundReviews.Count == 0);

    /// <summary>
    /// Graders review independently: they see the other grade only once they have given theirs, and a decider only
    /// once both are in (a decider may also be one of the two graders).
    /// </summary>
    public bool ShowsRoundReviews => Assignment.SecondReviewer && ((CanDecide && AwaitsDecision) || RoundReviews.Any(r => r.ReviewerId == UserId));

    public bool AwaitsDecision => Assignment.SecondReviewer && Row.Submission.Status == SubmissionStatus.Submitted && RoundReviews.Count >= 2;
}

/// <summary>The confirmation before a blind assignment's grades are released.</summary>
internal sealed class ReleaseViewModel
{
    public required string Slug { get; init; }

    public required string CourseTitle { get; init; }

    /// <summary>Hand-ins with a decision: their learners hear it on release.</summary>
    public required int Decided { get; init; }

    /// <summary>Hand-ins still waiting for a grade: their names show too, and they are graded openly from then.</summary>
    public required int Waiting { get; init; }
}
