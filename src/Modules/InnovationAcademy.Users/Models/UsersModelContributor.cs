using InnovationAcademy.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Users.Models;

/// <summary>The Identity tables, configured here because the site's context is shared by all modules.</summary>
public sealed class UsersModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AcademyUser>(user =>
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
        });

        modelBuilder.Entity<AcademyRole>(role =>
        {
            role.ToTable("Roles");
            role.HasKey(r => r.Id);
            role.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique();
            role.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            role.Property(r => r.Name).HasMaxLength(256);
            role.Property(r => r.NormalizedName).HasMaxLength(256);
            role.Property(r => r.Description).HasMaxLength(500).IsRequired();
            role.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
            role.HasMany<IdentityRoleClaim<string>>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
        });

        modelBuilder.Entity<IdentityUserClaim<string>>(claim =>
        {
            claim.ToTable("UserClaims");
            claim.HasKey(c => c.Id);
        });

        modelBuilder.Entity<IdentityUserLogin<string>>(login =>
        {
            login.ToTable("UserLogins");
            login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            login.Property(l => l.LoginProvider).HasMaxLength(128);
            login.Property(l => l.ProviderKey).HasMaxLength(128);
        });

        modelBuilder.Entity<IdentityUserToken<string>>(token =>
        {
            token.ToTable("UserTokens");
            token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            token.Property(t => t.LoginProvider).HasMaxLength(128);
            token.Property(t => t.Name).HasMaxLength(128);
        });

        modelBuilder.Entity<IdentityUserRole<string>>(userRole =>
        {
            userRole.ToTable("UserRoles");
            userRole.HasKey(r => new { r.UserId, r.RoleId });
        });

        modelBuilder.Entity<IdentityRoleClaim<string>>(roleClaim =>
        {
            roleClaim.ToTable("RoleClaims");
            roleClaim.HasKey(c => c.Id);
        });

        modelBuilder.Entity<UserSession>(session =>
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
        });

        modelBuilder.Entity<SignInThrottleEntry>(entry =>
        {
            entry.ToTable("SignInThrottles");
            entry.HasKey(e => e.Key);
            entry.Property(e => e.Key).HasMaxLength(200);
            entry.HasIndex(e => e.LastFailureUtc);
        });

        modelBuilder.Entity<SignInLink>(link =>
        {
            link.ToTable("SignInLinks");
            link.HasKey(l => l.TokenHash);
            link.Property(l => l.TokenHash).HasMaxLength(64);
            link.Property(l => l.UserId).HasMaxLength(450).IsRequired();
            link.HasIndex(l => l.ExpiresUtc);
            link.HasOne<AcademyUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
