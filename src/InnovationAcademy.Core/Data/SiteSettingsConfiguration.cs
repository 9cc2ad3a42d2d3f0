using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Core.Data;

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> site)
    {
        site.ToTable("SiteSettings");
        site.HasKey(s => s.Id);
        site.Property(s => s.Id).ValueGeneratedNever();
        site.Property(s => s.SiteName).HasMaxLength(200).IsRequired();
        site.Property(s => s.DefaultCulture).HasMaxLength(10).IsRequired();
        site.Property(s => s.Theme).HasMaxLength(128).IsRequired();
        site.Property(s => s.TimeZoneId).HasMaxLength(64).IsRequired().HasDefaultValue(Users.TimeZoneChoices.SiteDefault);
        site.Property(s => s.FormattingRegion).HasMaxLength(16).IsRequired().HasDefaultValue(Localization.FormattingRegions.Default);
        site.Property(s => s.MapTileUrl).HasMaxLength(500).IsRequired();
        site.Property(s => s.MapTileAttribution).HasMaxLength(300).IsRequired();
        site.Property(s => s.LogoUrl).HasMaxLength(500).IsRequired().HasDefaultValue("");
        site.Property(s => s.BrandColour).HasMaxLength(7).IsRequired().HasDefaultValue("");
        site.Property(s => s.FooterContact).HasMaxLength(300).IsRequired().HasDefaultValue("");
        site.Property(s => s.Tagline).HasMaxLength(300).IsRequired().HasDefaultValue("");
        site.Property(s => s.FooterLinks).HasMaxLength(2000).IsRequired().HasDefaultValue("");
        site.Ignore(s => s.EffectiveMapTileUrl);
        site.Ignore(s => s.EffectiveMapTileAttribution);
        site.Ignore(s => s.MapTileOrigin);
    }
}
