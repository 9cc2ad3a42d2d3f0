using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class CohortCourseConfiguration : IEntityTypeConfiguration<CohortCourse>
{
    public void Configure(EntityTypeBuilder<CohortCourse> link)
    {
        link.ToTable("CohortCourses");
        link.HasKey(c => new { c.CohortId, c.CourseId });
        link.HasIndex(c => c.CourseId);
    }
}
