using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Certificates.Models;

internal sealed class CertificateIssuerSettingsConfiguration : IEntityTypeConfiguration<CertificateIssuerSettings>
{
    public void Configure(EntityTypeBuilder<CertificateIssuerSettings> settings)
    {
        settings.ToTable("CertificateIssuerSettings");
        settings.HasKey(s => s.Id);
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Property(s => s.OrganisationName).HasMaxLength(200);
        settings.Property(s => s.OrganisationUrl).HasMaxLength(500);
        settings.Property(s => s.SignatoryName).HasMaxLength(200);
        settings.Property(s => s.SignatoryTitle).HasMaxLength(200);
        settings.Property(s => s.ProfileShareUrl).HasMaxLength(1000);
    }
}
