using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Users.Models;

internal sealed class AcademyUserConfiguration : IEntityTypeConfiguration<AcademyUser>
{
    public void Configure(EntityTypeBuilder<AcademyUser> user)
    {
        user.ToTable("Users");
        user.HasKey(u => u.Id);
        user.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
        user.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex");
        user.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
        user.Property(u => u.UserName).HasMaxLength(256);
        user.Property(u => u.NormalizedUserName).HasMaxLength(256);
        user.Property(u => u.Email).HasMaxLength(256);
        user.Property(u => u.NormalizedEmail).HasMaxLength(256);
        user.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        user.Property(u => u.PreferredCulture).HasMaxLength(10).IsRequired();
        user.Property(u => u.TimeZoneId).HasMaxLength(64).IsRequired();
        user.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        user.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
        user.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
        user.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
    }
}
