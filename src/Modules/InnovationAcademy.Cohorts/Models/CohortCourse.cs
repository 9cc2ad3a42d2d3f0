namespace InnovationAcademy.Cohorts.Models;

/// <summary>A self-paced course linked to a cohort: participants take it alongside the live sessions, and it may be required to graduate.</summary>
internal sealed class CohortCourse
{
    public int CohortId { get; set; }

    public int CourseId { get; set; }

    /// <summary>Graduation needs this course completed.</summary>
    public bool Required { get; set; }

    /// <summary>The order the cohort's page lists its courses in.</summary>
    public int Position { get; set; }
}
