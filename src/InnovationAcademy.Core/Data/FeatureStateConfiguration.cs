using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Core.Data;

internal sealed class FeatureStateConfiguration : IEntityTypeConfiguration<FeatureState>
{
    public void Configure(EntityTypeBuilder<FeatureState> feature)
    {
        feature.ToTable("Features");
        feature.HasKey(f => f.Id);
        feature.Property(f => f.Id).HasMaxLength(128);
    }
}
