using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> programme)
    {
        programme.ToTable("Programmes");
        programme.HasKey(p => p.Id);
        programme.HasIndex(p => p.Slug).IsUnique();
        programme.Property(p => p.Slug).HasMaxLength(100);
        programme.Property(p => p.Name).HasMaxLength(200);
        programme.Property(p => p.Description).HasMaxLength(4000);
        programme.HasMany(p => p.Cohorts).WithOne(c => c.Programme).HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}
