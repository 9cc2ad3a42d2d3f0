using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Certificates.Models;

internal sealed class CourseCertificateSettingsConfiguration : IEntityTypeConfiguration<CourseCertificateSettings>
{
    public void Configure(EntityTypeBuilder<CourseCertificateSettings> settings)
    {
        settings.ToTable("CourseCertificateSettings");
        settings.HasKey(s => s.Id);
        settings.HasIndex(s => s.CourseId).IsUnique();
        settings.HasIndex(s => s.CourseId);
        settings.Property(s => s.SignatoryName).HasMaxLength(200);
        settings.Property(s => s.SignatoryTitle).HasMaxLength(200);
        settings.Property(s => s.Template).HasMaxLength(20000);
    }
}
