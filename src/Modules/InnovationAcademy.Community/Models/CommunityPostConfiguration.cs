using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Community.Models;

internal sealed class CommunityPostConfiguration : IEntityTypeConfiguration<CommunityPost>
{
    public void Configure(EntityTypeBuilder<CommunityPost> post)
    {
        post.ToTable("CommunityPosts");
        post.HasKey(p => p.Id);
        post.HasIndex(p => new { p.ThreadId, p.CreatedUtc });
        post.HasIndex(p => new { p.AuthorId, p.SubmissionKey }).IsUnique();
        post.Property(p => p.Body).HasMaxLength(CommunityLimits.BodyLength);
        post.Property(p => p.HiddenBy).HasMaxLength(256);
        post.Ignore(p => p.Visible);
        post.HasOne<CommunityThread>().WithMany().HasForeignKey(p => p.ThreadId).OnDelete(DeleteBehavior.Cascade);
    }
}
