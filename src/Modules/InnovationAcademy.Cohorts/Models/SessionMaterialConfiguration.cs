using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class SessionMaterialConfiguration : IEntityTypeConfiguration<SessionMaterial>
{
    public void Configure(EntityTypeBuilder<SessionMaterial> material)
    {
        material.ToTable("CohortSessionMaterials");
        material.HasKey(m => m.Id);
        material.HasIndex(m => m.SessionId);
        material.Property(m => m.Title).HasMaxLength(300);
        material.Property(m => m.Url).HasMaxLength(1000);
    }
}
