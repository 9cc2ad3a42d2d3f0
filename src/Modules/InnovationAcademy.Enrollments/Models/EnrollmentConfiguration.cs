using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Enrollments.Models;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> enrollment)
    {
        enrollment.ToTable("Enrollments");
        enrollment.HasKey(e => e.Id);
        enrollment.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        enrollment.HasIndex(e => new { e.CourseId, e.UserId }).IsUnique();
        enrollment.HasIndex(e => new { e.CourseId, e.Status, e.RequestedUtc });
        enrollment.HasIndex(e => e.UserId);
        enrollment.HasMany(e => e.Lessons).WithOne().HasForeignKey(l => l.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        enrollment.HasMany(e => e.Modules).WithOne().HasForeignKey(m => m.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        enrollment.HasMany(e => e.Changes).WithOne().HasForeignKey(c => c.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
