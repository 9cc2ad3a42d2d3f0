using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Enrollments.Models;

internal sealed class EnrollmentSettingsConfiguration : IEntityTypeConfiguration<EnrollmentSettings>
{
    public void Configure(EntityTypeBuilder<EnrollmentSettings> settings)
    {
        settings.ToTable("EnrollmentSettings");
        settings.HasKey(s => s.CourseId);
        settings.Property(s => s.CourseId).ValueGeneratedNever();
        settings.Property(s => s.Method).HasConversion<string>().HasMaxLength(30);
        settings.Property(s => s.EnrollmentKey).HasMaxLength(100);
        settings.Property(s => s.Revision).IsConcurrencyToken();
    }
}
