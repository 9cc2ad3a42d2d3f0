using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Courses.Models;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> course)
    {
        course.ToTable("Courses");
        course.HasKey(c => c.Id);
        course.Property(c => c.Slug).HasMaxLength(100).IsRequired();
        course.HasIndex(c => c.Slug).IsUnique();
        course.HasMany(c => c.Versions).WithOne(v => v.Course).HasForeignKey(v => v.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
