using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> cohort)
    {
        cohort.ToTable("Cohorts");
        cohort.HasKey(c => c.Id);
        cohort.HasIndex(c => c.Slug).IsUnique();
        cohort.Property(c => c.Slug).HasMaxLength(100);
        cohort.Property(c => c.Name).HasMaxLength(200);
        cohort.Property(c => c.Summary).HasMaxLength(4000);
        cohort.Property(c => c.Language).HasMaxLength(10);
        cohort.Property(c => c.TimeZoneId).HasMaxLength(64);
        cohort.Property(c => c.CertificateHours).HasPrecision(7, 2);
        cohort.HasMany(c => c.Sessions).WithOne().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        cohort.HasMany(c => c.ReferralCodes).WithOne().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
        cohort.HasMany(c => c.Partners).WithMany(p => p.Cohorts).UsingEntity(join => join.ToTable("CohortPartners"));
        cohort.HasMany(c => c.Courses).WithOne().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Cascade);
        cohort.HasIndex(c => c.AssignmentCourseId);
    }
}
