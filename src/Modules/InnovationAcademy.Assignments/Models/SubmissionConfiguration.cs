using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Assignments.Models;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> submission)
    {
        submission.ToTable("AssignmentSubmissions");
        submission.HasKey(s => s.Id);
        submission.HasOne(s => s.Assignment).WithMany().HasForeignKey(s => s.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        submission.HasIndex(s => s.UserId);
        submission.HasIndex(s => new { s.AssignmentId, s.UserId }).IsUnique();
        submission.HasIndex(s => s.Code).IsUnique();
        submission.Property(s => s.Code).HasMaxLength(20);
        submission.Property(s => s.Text).HasMaxLength(50_000);
        submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        submission.Property(s => s.Revision).IsConcurrencyToken();
        submission.HasMany(s => s.Files).WithOne().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        submission.HasMany(s => s.Reviews).WithOne().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
