namespace InnovationAcademy.Enrollments.Models;

/// <summary>A module a learner has completed; recorded once, so its event is raised once.</summary>
internal sealed class ModuleCompletion
{
    public long Id { get; set; }

    public int EnrollmentId { get; set; }

    public Guid ModuleKey { get; set; }

    public DateTime CompletedUtc { get; set; }
}
