using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Enrollments.Models;

internal sealed class LessonCompletionConfiguration : IEntityTypeConfiguration<LessonCompletion>
{
    public void Configure(EntityTypeBuilder<LessonCompletion> lesson)
    {
        lesson.ToTable("LessonCompletions");
        lesson.HasKey(l => l.Id);
        lesson.Property(l => l.Via).HasMaxLength(20);
        lesson.HasIndex(l => new { l.EnrollmentId, l.LessonKey }).IsUnique();
    }
}
