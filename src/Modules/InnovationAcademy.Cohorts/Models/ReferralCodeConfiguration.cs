using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class ReferralCodeConfiguration : IEntityTypeConfiguration<ReferralCode>
{
    public void Configure(EntityTypeBuilder<ReferralCode> code)
    {
        code.ToTable("CohortReferralCodes");
        code.HasKey(r => r.Id);
        code.HasIndex(r => new { r.CohortId, r.Code }).IsUnique();
        code.Property(r => r.Code).HasMaxLength(64);
        code.Property(r => r.Label).HasMaxLength(200);
        code.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.SetNull);
    }
}
