using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Courses.Models;

internal sealed class CourseModuleConfiguration : IEntityTypeConfiguration<CourseModule>
{
    public void Configure(EntityTypeBuilder<CourseModule> module)
    {
        module.ToTable("CourseModules");
        module.HasKey(m => m.Id);
        module.Property(m => m.Title).HasMaxLength(200).IsRequired();
        module.HasIndex(m => new { m.CourseVersionId, m.Position });
        module.HasIndex(m => m.Key);
        module.HasMany(m => m.Lessons).WithOne().HasForeignKey(l => l.CourseModuleId).OnDelete(DeleteBehavior.Cascade);
    }
}
