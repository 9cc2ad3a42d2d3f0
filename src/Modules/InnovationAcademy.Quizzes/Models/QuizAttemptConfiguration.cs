using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Quizzes.Models;

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> attempt)
    {
        attempt.ToTable("QuizAttempts");
        attempt.HasKey(a => a.Id);
        attempt.HasOne(a => a.Quiz).WithMany().HasForeignKey(a => a.QuizId).OnDelete(DeleteBehavior.Cascade);
        attempt.HasIndex(a => a.UserId);
        attempt.HasIndex(a => new { a.QuizId, a.UserId, a.Number }).IsUnique();
        attempt.HasIndex(a => new { a.SubmittedUtc, a.DeadlineUtc });
        attempt.Property(a => a.ScorePercent).HasPrecision(5, 2);
        attempt.Property(a => a.OverridePercent).HasPrecision(5, 2);
        attempt.Property(a => a.OverrideReason).HasMaxLength(1000);
        attempt.Property(a => a.OverriddenBy).HasMaxLength(256);
        attempt.HasMany(a => a.Answers).WithOne().HasForeignKey(a => a.AttemptId).OnDelete(DeleteBehavior.Cascade);
    }
}
