using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Core.Data;

/// <summary>The host's own tables: site settings, which features are enabled, and the audit trail.</summary>
public sealed class CoreModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FeatureState>(feature =>
        {
            feature.ToTable("Features");
            feature.HasKey(f => f.Id);
            feature.Property(f => f.Id).HasMaxLength(128);
        });

        modelBuilder.Entity<SiteSettings>(site =>
        {
            site.ToTable("SiteSettings");
            site.HasKey(s => s.Id);
            site.Property(s => s.Id).ValueGeneratedNever();
            site.Property(s => s.SiteName).HasMaxLength(200).IsRequired();
            site.Property(s => s.DefaultCulture).HasMaxLength(10).IsRequired();
            site.Property(s => s.Theme).HasMaxLength(128).IsRequired();
            site.Property(s => s.MapTileUrl).HasMaxLength(500).IsRequired();
            site.Property(s => s.MapTileAttribution).HasMaxLength(300).IsRequired();
            site.Ignore(s => s.EffectiveMapTileUrl);
            site.Ignore(s => s.EffectiveMapTileAttribution);
            site.Ignore(s => s.MapTileOrigin);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("AuditEntries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Action).HasMaxLength(100).IsRequired();
            entry.Property(e => e.Subject).HasMaxLength(300).IsRequired();
            entry.Property(e => e.ActorId).HasMaxLength(450);
            entry.Property(e => e.ActorName).HasMaxLength(256);
            entry.Property(e => e.Details).HasMaxLength(4000);
            entry.HasIndex(e => e.CreatedUtc);
            entry.HasIndex(e => new { e.Action, e.CreatedUtc });
        });
    }
}
