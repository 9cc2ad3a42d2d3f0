using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Quizzes.Models;

internal sealed class AttemptAnswerConfiguration : IEntityTypeConfiguration<AttemptAnswer>
{
    public void Configure(EntityTypeBuilder<AttemptAnswer> answer)
    {
        answer.ToTable("QuizAttemptAnswers");
        answer.HasKey(a => a.Id);
        answer.HasIndex(a => new { a.AttemptId, a.QuestionKey }).IsUnique();
        answer.Property(a => a.Score).HasPrecision(7, 6);
    }
}
