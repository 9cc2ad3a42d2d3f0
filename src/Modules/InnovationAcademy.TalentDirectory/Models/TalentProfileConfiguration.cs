using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.TalentDirectory.Models;

internal sealed class TalentProfileConfiguration : IEntityTypeConfiguration<TalentProfile>
{
    public void Configure(EntityTypeBuilder<TalentProfile> profile)
    {
        profile.ToTable("TalentProfiles");
        profile.HasKey(p => p.Id);
        profile.HasIndex(p => p.OwnerId).IsUnique();
        // The public list: published, by name; each filter has an index that yields its profiles already in name
        // order, so a page of a large sector is read, not sorted; Hidden comes last so counts read the index alone.
        profile.HasIndex(p => new { p.Status, p.SortName, p.Id, p.Hidden });
        profile.HasIndex(p => new { p.SectorId, p.Status, p.SortName, p.Hidden });
        profile.HasIndex(p => new { p.Region, p.Status, p.SortName, p.Hidden });
        profile.HasIndex(p => new { p.CohortId, p.Status, p.SortName, p.Hidden });
        profile.HasIndex(p => p.UpdatedUtc);
        profile.Property(p => p.ContactEmail).HasMaxLength(256);
        profile.Property(p => p.DisplayName).HasMaxLength(120);
        profile.Property(p => p.BusinessName).HasMaxLength(160);
        profile.Property(p => p.Skills).HasMaxLength(500);
        profile.Property(p => p.Description).HasMaxLength(3000);
        profile.Property(p => p.City).HasMaxLength(100);
        profile.Property(p => p.Region).HasMaxLength(100);
        profile.Property(p => p.CountryOfOrigin).HasMaxLength(100);
        profile.Property(p => p.Languages).HasMaxLength(200);
        profile.Property(p => p.PhotoUrl).HasMaxLength(500);
        profile.Property(p => p.Website).HasMaxLength(500);
        profile.Property(p => p.SocialUrl).HasMaxLength(500);
        profile.Property(p => p.WhatsApp).HasMaxLength(20);
        profile.Property(p => p.Precision).HasConversion<string>().HasMaxLength(20);
        profile.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        profile.Property(p => p.ModerationNote).HasMaxLength(1000);
        profile.Property(p => p.ConsentVersion).HasMaxLength(20);
        profile.Property(p => p.SearchText).HasMaxLength(5000);
        profile.Property(p => p.SortName).HasMaxLength(120);
        profile.Ignore(p => p.IsPublic);
        profile.HasOne(p => p.Sector).WithMany().HasForeignKey(p => p.SectorId).OnDelete(DeleteBehavior.SetNull);
        profile.HasIndex(p => p.OwnerId);
    }
}
