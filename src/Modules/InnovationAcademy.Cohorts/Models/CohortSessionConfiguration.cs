using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class CohortSessionConfiguration : IEntityTypeConfiguration<CohortSession>
{
    public void Configure(EntityTypeBuilder<CohortSession> session)
    {
        session.HasMany(s => s.Materials).WithOne().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        session.ToTable("CohortSessions");
        session.HasKey(s => s.Id);
        session.HasIndex(s => new { s.CohortId, s.StartsUtc });
        session.Property(s => s.Title).HasMaxLength(300);
        session.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.OnlineUrl).HasMaxLength(500);
        session.Property(s => s.Place).HasMaxLength(500);
        session.Property(s => s.Facilitator).HasMaxLength(200);
        session.HasOne(s => s.HostPartner).WithMany().HasForeignKey(s => s.HostPartnerId).OnDelete(DeleteBehavior.SetNull);
    }
}
