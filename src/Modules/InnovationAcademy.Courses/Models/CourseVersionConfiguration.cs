using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Courses.Models;

internal sealed class CourseVersionConfiguration : IEntityTypeConfiguration<CourseVersion>
{
    public void Configure(EntityTypeBuilder<CourseVersion> version)
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
    }
}
