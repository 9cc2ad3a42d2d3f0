using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class ApplicantDemographicsConfiguration : IEntityTypeConfiguration<ApplicantDemographics>
{
    public void Configure(EntityTypeBuilder<ApplicantDemographics> demographics)
    {
        demographics.ToTable("CohortApplicantDemographics");
        demographics.HasKey(d => d.Id);
        demographics.HasIndex(d => d.ApplicationId).IsUnique();
        demographics.HasOne<CohortApplication>().WithOne().HasForeignKey<ApplicantDemographics>(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        demographics.Property(d => d.Gender).HasMaxLength(20);
        demographics.Property(d => d.Nationality).HasMaxLength(100);
        demographics.Property(d => d.MigrationStatus).HasMaxLength(20);
    }
}
