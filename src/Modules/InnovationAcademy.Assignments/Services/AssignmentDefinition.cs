namespace InnovationAcademy.Assignments.Services;

/// <summary>A final assignment as a recipe describes it.</summary>
internal sealed record AssignmentDefinition(
    string Title,
    string Instructions,
    DateTime? DueUtc,
    int MaxFileMegabytes,
    int MaxFiles,
    bool Blind,
    IReadOnlyList<CriterionDefinition> Rubric,
    bool SecondReviewer = false);

internal sealed record CriterionDefinition(string Title, string Description, IReadOnlyList<string> Levels);
