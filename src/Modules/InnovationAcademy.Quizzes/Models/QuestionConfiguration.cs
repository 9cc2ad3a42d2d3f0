using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Quizzes.Models;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> question)
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
    }
}
