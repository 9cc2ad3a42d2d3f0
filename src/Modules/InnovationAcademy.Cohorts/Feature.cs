namespace InnovationAcademy.Cohorts;

/// <summary>This module's feature id, for the parts that act only while it is enabled.</summary>
internal static class Feature
{
    public const string Id = "InnovationAcademy.Cohorts";
}
