using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Notifications.Models;

public sealed class NotificationsModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder) => modelBuilder.Entity<OutboxMessage>(message =>
    {
        message.ToTable("OutboxMessages");
        message.HasKey(m => m.Id);
        message.Property(m => m.To).HasMaxLength(256).IsRequired();
        message.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        message.Property(m => m.LastError).HasMaxLength(1000);
        message.HasIndex(m => new { m.SentUtc, m.NextAttemptUtc });
    });
}
