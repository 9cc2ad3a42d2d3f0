using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Core.Data;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Action).HasMaxLength(100).IsRequired();
        entry.Property(e => e.Subject).HasMaxLength(300).IsRequired();
        entry.Property(e => e.ActorId).HasMaxLength(450);
        entry.Property(e => e.ActorName).HasMaxLength(256);
        entry.Property(e => e.Details).HasMaxLength(4000);
        entry.Property(e => e.DetailsTemplate).HasMaxLength(400);
        entry.Property(e => e.DetailsValues).HasMaxLength(4000);
        entry.HasIndex(e => e.CreatedUtc);
        entry.HasIndex(e => new { e.Action, e.CreatedUtc });
    }
}
