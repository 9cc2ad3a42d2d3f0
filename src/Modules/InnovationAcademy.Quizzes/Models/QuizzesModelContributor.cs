using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Quizzes.Models;

public sealed class QuizzesModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Quiz>(quiz =>
        {
            quiz.ToTable("Quizzes");
            quiz.HasKey(q => q.Id);
            quiz.HasIndex(q => q.Key).IsUnique();
            quiz.HasIndex(q => new { q.CourseId, q.ModuleKey }).IsUnique();
            quiz.Property(q => q.Title).HasMaxLength(200);
            quiz.Property(q => q.Grading).HasConversion<string>().HasMaxLength(20);
            quiz.Property(q => q.Review).HasConversion<string>().HasMaxLength(20);
            quiz.Ignore(q => q.Pool);

            // A deleted quiz leaves its questions in the course's bank.
            quiz.HasMany(q => q.Questions).WithOne().HasForeignKey(q => q.QuizId).OnDelete(DeleteBehavior.SetNull);
            quiz.OwnsMany(q => q.Draws, draw =>
            {
                draw.ToTable("QuizDraws");
                draw.WithOwner().HasForeignKey("QuizId");
                draw.Property<int>("Id");
                draw.HasKey("Id");
                draw.Property(d => d.Category).HasMaxLength(100);
            });
        });

        modelBuilder.Entity<Question>(question =>
        {
            question.ToTable("QuizQuestions");
            question.HasKey(q => q.Id);
            question.HasIndex(q => new { q.QuizId, q.Position });
            question.HasIndex(q => new { q.CourseId, q.Category });
            question.HasIndex(q => new { q.CourseId, q.Key });
            question.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
            question.Property(q => q.Text).HasMaxLength(4000);
            question.Property(q => q.Feedback).HasMaxLength(4000);
            question.Property(q => q.Tolerance).HasPrecision(18, 6);
            question.Property(q => q.Category).HasMaxLength(100);
            question.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<QuestionOption>(option =>
        {
            option.ToTable("QuizQuestionOptions");
            option.HasKey(o => o.Id);
            option.HasIndex(o => new { o.QuestionId, o.Position });
            option.Property(o => o.Text).HasMaxLength(1000);
            option.Property(o => o.Feedback).HasMaxLength(2000);
            option.Property(o => o.Match).HasMaxLength(1000);
        });

        modelBuilder.Entity<QuizAttempt>(attempt =>
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
        });

        modelBuilder.Entity<AttemptAnswer>(answer =>
        {
            answer.ToTable("QuizAttemptAnswers");
            answer.HasKey(a => a.Id);
            answer.HasIndex(a => new { a.AttemptId, a.QuestionKey }).IsUnique();
            answer.Property(a => a.Score).HasPrecision(7, 6);
        });
    }
}
