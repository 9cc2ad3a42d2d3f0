namespace InnovationAcademy.Assignments.Models;

/// <summary>A user who may grade one assignment without holding the grading permission for every course.</summary>
internal sealed class AssignmentReviewer
{
    public int AssignmentId { get; set; }

    public required string UserId { get; set; }
}
