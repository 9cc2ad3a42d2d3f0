using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Users.Models;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> session)
    {
        session.ToTable("UserSessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasMaxLength(UserSession.KeyLength);
        session.Property(s => s.UserId).HasMaxLength(450).IsRequired();
        session.Property(s => s.UserAgent).HasMaxLength(300).IsRequired();
        session.Property(s => s.IpAddress).HasMaxLength(64).IsRequired();
        session.HasIndex(s => s.UserId);
        session.HasIndex(s => s.ExpiresUtc);
        session.HasOne<AcademyUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
