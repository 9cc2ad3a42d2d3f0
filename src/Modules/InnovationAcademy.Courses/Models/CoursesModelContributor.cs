using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Courses.Models;

public sealed class CoursesModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Course>(course =>
        {
            course.ToTable("Courses");
            course.HasKey(c => c.Id);
            course.Property(c => c.Slug).HasMaxLength(100).IsRequired();
            course.HasIndex(c => c.Slug).IsUnique();
            course.HasMany(c => c.Versions).WithOne(v => v.Course).HasForeignKey(v => v.CourseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CourseVersion>(version =>
        {
            version.ToTable("CourseVersions");
            version.HasKey(v => v.Id);
            version.Property(v => v.Title).HasMaxLength(200).IsRequired();
            version.Property(v => v.Summary).HasMaxLength(2000).IsRequired();
            version.Property(v => v.Language).HasMaxLength(10).IsRequired();
            version.Property(v => v.Level).HasMaxLength(50).IsRequired();
            version.Property(v => v.Hours).HasPrecision(6, 1);
            version.Property(v => v.CoverImageUrl).HasMaxLength(500);
            version.Property(v => v.Prerequisites).HasMaxLength(2000).IsRequired();
            version.Property(v => v.CreatedBy).HasMaxLength(256).IsRequired();
            version.Property(v => v.ChangeNote).HasMaxLength(300).IsRequired();
            version.HasIndex(v => new { v.CourseId, v.Number }).IsUnique();
            version.HasIndex(v => new { v.Published, v.Title });
            version.HasMany(v => v.Modules).WithOne().HasForeignKey(m => m.CourseVersionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CourseModule>(module =>
        {
            module.ToTable("CourseModules");
            module.HasKey(m => m.Id);
            module.Property(m => m.Title).HasMaxLength(200).IsRequired();
            module.HasIndex(m => new { m.CourseVersionId, m.Position });
            module.HasIndex(m => m.Key);
            module.HasMany(m => m.Lessons).WithOne().HasForeignKey(l => l.CourseModuleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Lesson>(lesson =>
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
        });
    }
}
