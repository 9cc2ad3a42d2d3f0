using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.TalentDirectory.Models;

internal sealed class TalentMessageConfiguration : IEntityTypeConfiguration<TalentMessage>
{
    public void Configure(EntityTypeBuilder<TalentMessage> message)
    {
        message.ToTable("TalentMessages");
        message.HasKey(m => m.Id);
        message.HasIndex(m => new { m.ProfileId, m.SentUtc });
        message.Property(m => m.SenderName).HasMaxLength(200);
        message.Property(m => m.SenderEmail).HasMaxLength(256);
        message.Property(m => m.Body).HasMaxLength(4000);
        message.Property(m => m.Culture).HasMaxLength(5);
        message.Property(m => m.Reply).HasMaxLength(4000);
        message.HasOne<TalentProfile>().WithMany().HasForeignKey(m => m.ProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}
