using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Notifications.Models;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("OutboxMessages");
        message.HasKey(m => m.Id);
        message.Property(m => m.To).HasMaxLength(256).IsRequired();
        message.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        message.Property(m => m.LastError).HasMaxLength(1000);
        message.Property(m => m.About).HasMaxLength(64);
        message.HasIndex(m => new { m.SentUtc, m.NextAttemptUtc });
        message.HasIndex(m => new { m.About, m.SentUtc });
    }
}
