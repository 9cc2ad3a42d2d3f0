using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Media.Models;

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> file)
    {
        file.ToTable("MediaFiles");
        file.HasKey(f => f.Id);
        file.Property(f => f.StoredName).HasMaxLength(64).IsRequired();
        file.HasIndex(f => f.StoredName).IsUnique();
        file.Property(f => f.OriginalName).HasMaxLength(255).IsRequired();
        file.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        file.Property(f => f.CreatedBy).HasMaxLength(256).IsRequired();
        file.Ignore(f => f.Url);
        file.HasIndex(f => f.CreatedUtc);
    }
}
