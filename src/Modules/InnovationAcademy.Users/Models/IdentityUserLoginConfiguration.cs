using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Users.Models;

internal sealed class IdentityUserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> login)
    {
        login.ToTable("UserLogins");
        login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        login.Property(l => l.LoginProvider).HasMaxLength(128);
        login.Property(l => l.ProviderKey).HasMaxLength(128);
    }
}
