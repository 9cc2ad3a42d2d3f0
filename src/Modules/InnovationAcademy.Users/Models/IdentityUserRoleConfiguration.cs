using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Users.Models;

internal sealed class IdentityUserRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> userRole)
    {
        userRole.ToTable("UserRoles");
        userRole.HasKey(r => new { r.UserId, r.RoleId });
    }
}
