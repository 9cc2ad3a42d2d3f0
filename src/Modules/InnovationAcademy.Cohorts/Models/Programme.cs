namespace InnovationAcademy.Cohorts.Models;

/// <summary>A learning journey run again and again (CREANDO); each run is a <see cref="Cohort"/>.</summary>
internal sealed class Programme
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public List<Cohort> Cohorts { get; set; } = [];
}
