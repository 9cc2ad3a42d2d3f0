using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Assignments.Models;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.ToTable("AssignmentReviews");
        review.HasKey(r => r.Id);
        review.HasIndex(r => new { r.SubmissionId, r.Round });
        review.Property(r => r.ReviewerId).HasMaxLength(450);
        review.Property(r => r.ReviewerName).HasMaxLength(256);
        review.Property(r => r.Feedback).HasMaxLength(10_000);
    }
}
