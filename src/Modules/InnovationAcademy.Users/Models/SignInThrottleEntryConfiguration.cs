using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Users.Models;

internal sealed class SignInThrottleEntryConfiguration : IEntityTypeConfiguration<SignInThrottleEntry>
{
    public void Configure(EntityTypeBuilder<SignInThrottleEntry> entry)
    {
        entry.ToTable("SignInThrottles");
        entry.HasKey(e => e.Key);
        entry.Property(e => e.Key).HasMaxLength(200);
        entry.HasIndex(e => e.LastFailureUtc);
    }
}
