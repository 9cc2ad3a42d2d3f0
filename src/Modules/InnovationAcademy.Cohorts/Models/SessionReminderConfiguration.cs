using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class SessionReminderConfiguration : IEntityTypeConfiguration<SessionReminder>
{
    public void Configure(EntityTypeBuilder<SessionReminder> reminder)
    {
        reminder.ToTable("CohortSessionReminders");
        reminder.HasKey(r => r.Id);
        reminder.HasIndex(r => new { r.SessionId, r.ApplicationId, r.Kind }).IsUnique();
        reminder.Property(r => r.Kind).HasMaxLength(8);
        reminder.HasOne<CohortSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        reminder.HasOne<CohortApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.NoAction);
    }
}
