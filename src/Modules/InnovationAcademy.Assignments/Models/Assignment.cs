namespace InnovationAcademy.Assignments.Models;

/// <summary>A course's final assignment: what to hand in, how it is judged, and how the judging is done.</summary>
internal sealed class Assignment
{
    public int Id { get; set; }

    /// <summary>One final assignment per course.</summary>
    public int CourseId { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown as written.</summary>
    public string Instructions { get; set; } = "";

    /// <summary><see cref="Instructions"/> rendered and sanitized when saved.</summary>
    public string InstructionsHtml { get; set; } = "";

    public DateTime? DueUtc { get; set; }

    /// <summary>The largest file a learner may attach, in megabytes.</summary>
    public int MaxFileMegabytes { get; set; } = 10;

    public int MaxFiles { get; set; } = 3;

    /// <summary>Graders see a neutral code instead of who submitted, until grades are released.</summary>
    public bool Blind { get; set; }

    /// <summary>Each hand-in is graded by two graders independently, and an administrator decides with both grades in view.</summary>
    public bool SecondReviewer { get; set; }

    /// <summary>When an administrator released the grades of a blind assignment: names and results show from then.</summary>
    public DateTime? ReleasedUtc { get; set; }

    /// <summary>Empty for a pass/fail assignment.</summary>
    public List<RubricCriterion> Criteria { get; set; } = [];

    public bool HidesIdentity => Blind && ReleasedUtc is null;
}
