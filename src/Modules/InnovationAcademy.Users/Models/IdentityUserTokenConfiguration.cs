using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Users.Models;

internal sealed class IdentityUserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> token)
    {
        token.ToTable("UserTokens");
        token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        token.Property(t => t.LoginProvider).HasMaxLength(128);
        token.Property(t => t.Name).HasMaxLength(128);
    }
}
