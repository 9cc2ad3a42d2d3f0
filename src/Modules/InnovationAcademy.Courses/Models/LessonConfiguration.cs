using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Courses.Models;

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> lesson)
    {
        lesson.ToTable("Lessons");
        lesson.HasKey(l => l.Id);
        lesson.Property(l => l.Title).HasMaxLength(200).IsRequired();
        lesson.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        lesson.Property(l => l.VideoUrl).HasMaxLength(500);
        lesson.Property(l => l.CaptionsUrl).HasMaxLength(500);
        lesson.Property(l => l.ResourceUrl).HasMaxLength(500);
        lesson.HasIndex(l => new { l.CourseModuleId, l.Position });
        lesson.HasIndex(l => l.Key);
    }
}
