using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Quizzes.Models;

internal sealed class QuestionOptionConfiguration : IEntityTypeConfiguration<QuestionOption>
{
    public void Configure(EntityTypeBuilder<QuestionOption> option)
    {
        option.ToTable("QuizQuestionOptions");
        option.HasKey(o => o.Id);
        option.HasIndex(o => new { o.QuestionId, o.Position });
        option.Property(o => o.Text).HasMaxLength(1000);
        option.Property(o => o.Feedback).HasMaxLength(2000);
        option.Property(o => o.Match).HasMaxLength(1000);
    }
}
