using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Quizzes.Models;

internal sealed class QuizConfiguration : IEntityTypeConfiguration<Quiz>
{
    public void Configure(EntityTypeBuilder<Quiz> quiz)
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
    }
}
