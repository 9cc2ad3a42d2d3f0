using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Media.Models;

public sealed class MediaModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder) => modelBuilder.Entity<MediaFile>(file =>
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
    });
}
