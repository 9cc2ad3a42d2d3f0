using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = InnovationAcademy.TalentDirectory.Feature.Id,
    Name = "Talent directory",
    Description = "A public directory and map of migrant entrepreneurs: profiles submitted with consent and moderated, search and filters, contact relayed without exposing addresses, open data (GeoJSON, CSV) with rounded locations, statistics, and talent entries in cohort reports.",
    Category = "Community",
    Dependencies = ["InnovationAcademy.Cohorts"])]
namespace InnovationAcademy.TalentDirectory;

/// <summary>This module's feature id, for the parts that act only while it is enabled.</summary>
internal static class Feature
{
    public const string Id = "InnovationAcademy.TalentDirectory";
}
