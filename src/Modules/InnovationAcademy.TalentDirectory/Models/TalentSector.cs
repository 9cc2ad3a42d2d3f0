namespace InnovationAcademy.TalentDirectory.Models;

/// <summary>One entry of the managed list of business sectors that profiles choose from.</summary>
internal sealed class TalentSector
{
    public int Id { get; set; }

    public required string Name { get; set; }
}
