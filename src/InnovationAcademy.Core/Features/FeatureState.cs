namespace InnovationAcademy.Core.Features;

/// <summary>A feature (module) that is enabled on this site. Absent means disabled.</summary>
public sealed class FeatureState
{
    public required string Id { get; set; }

    public DateTime EnabledUtc { get; set; }
}
