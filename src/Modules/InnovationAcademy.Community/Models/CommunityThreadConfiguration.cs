using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Community.Models;

internal sealed class CommunityThreadConfiguration : IEntityTypeConfiguration<CommunityThread>
{
    public void Configure(EntityTypeBuilder<CommunityThread> thread)
    {
        thread.ToTable("CommunityThreads");
        thread.HasKey(t => t.Id);
        thread.Property(t => t.SpaceKey).HasMaxLength(100);
        thread.HasIndex(t => new { t.SpaceKey, t.Pinned, t.LastPostUtc });
        thread.HasIndex(t => new { t.AuthorId, t.SubmissionKey }).IsUnique();
        thread.Property(t => t.Title).HasMaxLength(CommunityLimits.TitleLength);
    }
}
