using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Certificates.Models;

public sealed class CertificatesModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Certificate>(certificate =>
        {
            certificate.ToTable("Certificates");
            certificate.HasKey(c => c.Id);
            certificate.HasIndex(c => c.Code).IsUnique();
            certificate.HasIndex(c => c.CurrentKey).IsUnique();
            certificate.HasIndex(c => new { c.Subject, c.SubjectId, c.Status });
            certificate.HasIndex(c => c.UserId);
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
            certificate.Property(c => c.RevocationReason).HasMaxLength(1000);
            certificate.Property(c => c.ReplacedByCode).HasMaxLength(32);
            certificate.Property(c => c.IssuedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<CourseCertificateSettings>(settings =>
        {
            settings.ToTable("CourseCertificateSettings");
            settings.HasKey(s => s.Id);
            settings.HasIndex(s => s.CourseId).IsUnique();
            settings.HasIndex(s => s.CourseId);
            settings.Property(s => s.SignatoryName).HasMaxLength(200);
            settings.Property(s => s.SignatoryTitle).HasMaxLength(200);
            settings.Property(s => s.Template).HasMaxLength(20000);
        });

        modelBuilder.Entity<CertificateIssuerSettings>(settings =>
        {
            settings.ToTable("CertificateIssuerSettings");
            settings.HasKey(s => s.Id);
            settings.Property(s => s.Id).ValueGeneratedNever();
            settings.Property(s => s.OrganisationName).HasMaxLength(200);
            settings.Property(s => s.OrganisationUrl).HasMaxLength(500);
            settings.Property(s => s.SignatoryName).HasMaxLength(200);
            settings.Property(s => s.SignatoryTitle).HasMaxLength(200);
            settings.Property(s => s.ProfileShareUrl).HasMaxLength(1000);
        });

        modelBuilder.Entity<SigningKey>(key =>
        {
            key.ToTable("CertificateSigningKeys");
            key.HasKey(k => k.Id);
            key.HasIndex(k => k.KeyId).IsUnique();
            key.Property(k => k.KeyId).HasMaxLength(64);
            key.Property(k => k.X).HasMaxLength(64);
            key.Property(k => k.Y).HasMaxLength(64);
            key.Property(k => k.ProtectedPrivateKey).HasMaxLength(4000);
        });
    }
}
