namespace InnovationAcademy.Assignments.Models;

/// <summary>One line of a rubric, with its levels from the lowest to the highest.</summary>
internal sealed class RubricCriterion
{
    public int Id { get; set; }

    public int AssignmentId { get; set; }

    public int Position { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Level names, lowest first; a level's points are its position (0, 1, 2…).</summary>
    public List<string> Levels { get; set; } = [];
}
