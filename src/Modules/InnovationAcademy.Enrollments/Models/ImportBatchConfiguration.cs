using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Enrollments.Models;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> batch)
    {
        batch.ToTable("EnrollmentImportBatches");
        batch.HasKey(b => b.Id);
        batch.HasIndex(b => b.CourseId);
        batch.Property(b => b.FileName).HasMaxLength(260);
        batch.Property(b => b.CreatedBy).HasMaxLength(256);
    }
}
