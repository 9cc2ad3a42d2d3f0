using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Enrollments.Models;

internal sealed class EnrollmentChangeConfiguration : IEntityTypeConfiguration<EnrollmentChange>
{
    public void Configure(EntityTypeBuilder<EnrollmentChange> change)
    {
        change.ToTable("EnrollmentChanges");
        change.HasKey(c => c.Id);
        change.Property(c => c.Action).HasMaxLength(30);
        change.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        change.Property(c => c.ActorId).HasMaxLength(450);
        change.Property(c => c.ActorName).HasMaxLength(256);
        change.Property(c => c.Reason).HasMaxLength(1000);
        change.HasIndex(c => new { c.EnrollmentId, c.CreatedUtc });
    }
}
