using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class PartnerOrganisationConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> partner)
    {
        partner.ToTable("PartnerOrganisations");
        partner.HasKey(p => p.Id);
        partner.HasIndex(p => p.Name).IsUnique();
        partner.Property(p => p.Name).HasMaxLength(200);
        partner.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        partner.Property(p => p.ContactEmail).HasMaxLength(256);
        partner.Property(p => p.Website).HasMaxLength(500);
        partner.Property(p => p.LogoUrl).HasMaxLength(500);
    }
}
