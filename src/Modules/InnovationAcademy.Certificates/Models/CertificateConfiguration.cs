using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Certificates.Models;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> certificate)
    {
        certificate.ToTable("Certificates");
        certificate.HasKey(c => c.Id);
        certificate.HasIndex(c => c.Code).IsUnique();
        certificate.HasIndex(c => c.CurrentKey).IsUnique();
        certificate.HasIndex(c => new { c.Subject, c.SubjectId, c.Status });
        certificate.HasIndex(c => c.UserId);
        certificate.Property(c => c.Code).HasMaxLength(32);
        certificate.Property(c => c.CurrentKey).HasMaxLength(128);
        certificate.Property(c => c.Subject).HasConversion<string>().HasMaxLength(20);
        certificate.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        certificate.Property(c => c.LearnerName).HasMaxLength(200);
        certificate.Property(c => c.Title).HasMaxLength(300);
        certificate.Property(c => c.Hours).HasPrecision(7, 2);
        certificate.Property(c => c.IssuerName).HasMaxLength(200);
        certificate.Property(c => c.SignatoryName).HasMaxLength(200);
        certificate.Property(c => c.SignatoryTitle).HasMaxLength(200);
        certificate.Property(c => c.Culture).HasMaxLength(10);
        certificate.Property(c => c.TimeZoneId).HasMaxLength(64);
        certificate.Property(c => c.RevocationReason).HasMaxLength(1000);
        certificate.Property(c => c.ReplacedByCode).HasMaxLength(32);
        certificate.Property(c => c.IssuedBy).HasMaxLength(256);
    }
}
