using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.TalentDirectory.Models;

internal sealed class TalentSectorConfiguration : IEntityTypeConfiguration<TalentSector>
{
    public void Configure(EntityTypeBuilder<TalentSector> sector)
    {
        sector.ToTable("TalentSectors");
        sector.HasKey(s => s.Id);
        sector.HasIndex(s => s.Name).IsUnique();
        sector.Property(s => s.Name).HasMaxLength(100);
    }
}
