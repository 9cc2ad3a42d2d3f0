using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Users.Models;

internal sealed class SignInLinkConfiguration : IEntityTypeConfiguration<SignInLink>
{
    public void Configure(EntityTypeBuilder<SignInLink> link)
    {
        link.ToTable("SignInLinks");
        link.HasKey(l => l.TokenHash);
        link.Property(l => l.TokenHash).HasMaxLength(64);
        link.Property(l => l.UserId).HasMaxLength(450).IsRequired();
        link.HasIndex(l => l.ExpiresUtc);
        link.HasOne<AcademyUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
