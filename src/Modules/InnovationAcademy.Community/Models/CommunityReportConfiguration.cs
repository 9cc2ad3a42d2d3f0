using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Community.Models;

internal sealed class CommunityReportConfiguration : IEntityTypeConfiguration<CommunityReport>
{
    public void Configure(EntityTypeBuilder<CommunityReport> report)
    {
        report.ToTable("CommunityReports");
        report.HasKey(r => r.Id);
        report.HasIndex(r => new { r.PostId, r.ReporterId }).IsUnique();
        report.HasIndex(r => r.ResolvedUtc);
        report.HasIndex(r => r.ReporterId);
        report.Property(r => r.Reason).HasMaxLength(CommunityLimits.ReasonLength);
        report.Property(r => r.ResolvedBy).HasMaxLength(256);
        report.HasOne<CommunityPost>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
