using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Assignments.Models;

public sealed class AssignmentsModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Assignment>(assignment =>
        {
            assignment.ToTable("Assignments");
            assignment.HasKey(a => a.Id);
            assignment.HasIndex(a => a.CourseId).IsUnique();
            assignment.HasIndex(a => a.CourseId);
            assignment.Property(a => a.Title).HasMaxLength(200);
            assignment.Property(a => a.Instructions).HasMaxLength(20_000);
            assignment.HasMany(a => a.Criteria).WithOne().HasForeignKey(c => c.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AssignmentReviewer>(reviewer =>
        {
            reviewer.ToTable("AssignmentReviewers");
            reviewer.HasKey(r => new { r.AssignmentId, r.UserId });
            reviewer.HasOne<Assignment>().WithMany().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
            reviewer.HasIndex(r => r.UserId);
            reviewer.HasIndex(r => r.UserId);
        });

        modelBuilder.Entity<RubricCriterion>(criterion =>
        {
            criterion.ToTable("AssignmentCriteria");
            criterion.HasKey(c => c.Id);
            criterion.HasIndex(c => new { c.AssignmentId, c.Position });
            criterion.Property(c => c.Title).HasMaxLength(200);
            criterion.Property(c => c.Description).HasMaxLength(2000);
        });

        modelBuilder.Entity<Submission>(submission =>
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
        });

        modelBuilder.Entity<SubmissionFile>(file =>
        {
            file.ToTable("AssignmentFiles");
            file.HasKey(f => f.Id);
            file.HasIndex(f => f.StoredName).IsUnique();
            file.Property(f => f.StoredName).HasMaxLength(64);
            file.Property(f => f.OriginalName).HasMaxLength(260);
            file.Property(f => f.ContentType).HasMaxLength(100);
        });

        modelBuilder.Entity<Review>(review =>
        {
            review.ToTable("AssignmentReviews");
            review.HasKey(r => r.Id);
            review.HasIndex(r => new { r.SubmissionId, r.Round });
            review.Property(r => r.ReviewerId).HasMaxLength(450);
            review.Property(r => r.ReviewerName).HasMaxLength(256);
            review.Property(r => r.Feedback).HasMaxLength(10_000);
        });
    }
}
