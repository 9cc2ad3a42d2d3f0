namespace InnovationAcademy.Enrollments.Models;

internal enum EnrollmentStatus
{
    /// <summary>Asked to join a course that needs approval; waits for an administrator.</summary>
    Pending,

    /// <summary>Takes the course: may open its lessons.</summary>
    Active,

    /// <summary>Accepted but the course is full: joins when a place frees, first come first served.</summary>
    Waitlisted,

    /// <summary>An administrator said no, with a reason.</summary>
    Rejected,

    /// <summary>An administrator took the learner out of the course.</summary>
    Withdrawn,

    /// <summary>The learner left the course; their progress is kept for when they come back.</summary>
    Left,
}
