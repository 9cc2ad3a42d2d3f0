using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Users.Models;

internal sealed class AcademyRoleConfiguration : IEntityTypeConfiguration<AcademyRole>
{
    public void Configure(EntityTypeBuilder<AcademyRole> role)
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
    }
}
