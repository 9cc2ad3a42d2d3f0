using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Community.Models;

public sealed class CommunityModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CommunityThread>(thread =>
        {
            thread.ToTable("CommunityThreads");
            thread.HasKey(t => t.Id);
            thread.Property(t => t.SpaceKey).HasMaxLength(100);
            thread.HasIndex(t => new { t.SpaceKey, t.Pinned, t.LastPostUtc });
            thread.HasIndex(t => new { t.AuthorId, t.SubmissionKey }).IsUnique();
            thread.Property(t => t.Title).HasMaxLength(CommunityLimits.TitleLength);
        });

        modelBuilder.Entity<CommunityPost>(post =>
        {
            post.ToTable("CommunityPosts");
            post.HasKey(p => p.Id);
            post.HasIndex(p => new { p.ThreadId, p.CreatedUtc });
            post.HasIndex(p => new { p.AuthorId, p.SubmissionKey }).IsUnique();
            post.Property(p => p.Body).HasMaxLength(CommunityLimits.BodyLength);
            post.Property(p => p.HiddenBy).HasMaxLength(256);
            post.Ignore(p => p.Visible);
            post.HasOne<CommunityThread>().WithMany().HasForeignKey(p => p.ThreadId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CommunityReport>(report =>
        {
            report.ToTable("CommunityReports");
            report.HasKey(r => r.Id);
            report.HasIndex(r => new { r.PostId, r.ReporterId }).IsUnique();
            report.HasIndex(r => r.ResolvedUtc);
            report.HasIndex(r => r.ReporterId);
            report.Property(r => r.Reason).HasMaxLength(CommunityLimits.ReasonLength);
            report.Property(r => r.ResolvedBy).HasMaxLength(256);
            report.HasOne<CommunityPost>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
