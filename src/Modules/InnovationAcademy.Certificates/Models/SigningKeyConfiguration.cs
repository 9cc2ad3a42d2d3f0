using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Certificates.Models;

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> key)
    {
        key.ToTable("CertificateSigningKeys");
        key.HasKey(k => k.Id);
        key.HasIndex(k => k.KeyId).IsUnique();
        key.Property(k => k.KeyId).HasMaxLength(64);
        key.Property(k => k.X).HasMaxLength(64);
        key.Property(k => k.Y).HasMaxLength(64);
        key.Property(k => k.ProtectedPrivateKey).HasMaxLength(4000);
    }
}
