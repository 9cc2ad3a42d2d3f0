using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Assignments.Models;

internal sealed class RubricCriterionConfiguration : IEntityTypeConfiguration<RubricCriterion>
{
    public void Configure(EntityTypeBuilder<RubricCriterion> criterion)
    {
        criterion.ToTable("AssignmentCriteria");
        criterion.HasKey(c => c.Id);
        criterion.HasIndex(c => new { c.AssignmentId, c.Position });
        criterion.Property(c => c.Title).HasMaxLength(200);
        criterion.Property(c => c.Description).HasMaxLength(2000);
    }
}
