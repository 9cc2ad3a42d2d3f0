using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class CohortApplicationConfiguration : IEntityTypeConfiguration<CohortApplication>
{
    public void Configure(EntityTypeBuilder<CohortApplication> application)
    {
        application.ToTable("CohortApplications");
        application.HasKey(a => a.Id);
        application.HasIndex(a => new { a.CohortId, a.UserId }).IsUnique();
        application.HasIndex(a => new { a.CohortId, a.Status });
        application.HasOne(a => a.Cohort).WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Cascade);
        application.HasIndex(a => a.UserId);
        application.HasOne<ReferralCode>().WithMany().HasForeignKey(a => a.ReferralCodeId).OnDelete(DeleteBehavior.SetNull);
        application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.Channel).HasMaxLength(200);
        application.Property(a => a.DecidedBy).HasMaxLength(256);
        application.Property(a => a.Device).HasConversion<string>().HasMaxLength(30);
        application.Property(a => a.Connectivity).HasConversion<string>().HasMaxLength(30);
        application.Property(a => a.BusinessStage).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.Readiness).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.Sector).HasMaxLength(100);
        application.Property(a => a.CalendarToken).HasMaxLength(64);
        application.HasIndex(a => a.CalendarToken);
    }
}
