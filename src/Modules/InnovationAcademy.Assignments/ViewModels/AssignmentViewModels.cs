using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Assignments.Services;

namespace InnovationAcademy.Assignments.ViewModels;

/// <summary>The final assignment's line after the outline.</summary>
public sealed record OutlineAssignment(string Slug, string Title, SubmissionStatus? Status, bool DecisionHeld);

public sealed class AssignmentPageViewModel
{
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
public sealed record GraderRow(Submission Submission, string Who, string? Email);

public sealed class GradingListViewModel
{
    public required string Slug { get; init; }

    public required string CourseTitle { get; init; }

    public required Assignment Assignment { get; init; }

    public required IReadOnlyList<GraderRow> Rows { get; init; }
}

public sealed class GradeViewModel
{
    public required string Slug { get; init; }

    public required Assignment Assignment { get; init; }

    public required GraderRow Row { get; init; }

    public string? Feedback { get; set; }
}
