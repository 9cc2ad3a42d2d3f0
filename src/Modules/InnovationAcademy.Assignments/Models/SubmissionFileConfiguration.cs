using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Assignments.Models;

internal sealed class SubmissionFileConfiguration : IEntityTypeConfiguration<SubmissionFile>
{
    public void Configure(EntityTypeBuilder<SubmissionFile> file)
    {
        file.ToTable("AssignmentFiles");
        file.HasKey(f => f.Id);
        file.HasIndex(f => f.StoredName).IsUnique();
        file.Property(f => f.StoredName).HasMaxLength(64);
        file.Property(f => f.OriginalName).HasMaxLength(260);
        file.Property(f => f.ContentType).HasMaxLength(100);
    }
}
