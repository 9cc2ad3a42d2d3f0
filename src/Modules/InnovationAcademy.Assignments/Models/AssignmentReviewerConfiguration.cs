using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Assignments.Models;

internal sealed class AssignmentReviewerConfiguration : IEntityTypeConfiguration<AssignmentReviewer>
{
    public void Configure(EntityTypeBuilder<AssignmentReviewer> reviewer)
    {
        reviewer.ToTable("AssignmentReviewers");
        reviewer.HasKey(r => new { r.AssignmentId, r.UserId });
        reviewer.HasOne<Assignment>().WithMany().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        reviewer.HasIndex(r => r.UserId);
        reviewer.HasIndex(r => r.UserId);
    }
}
