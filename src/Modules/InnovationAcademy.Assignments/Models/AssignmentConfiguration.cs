using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Assignments.Models;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> assignment)
    {
        assignment.ToTable("Assignments");
        assignment.HasKey(a => a.Id);
        assignment.HasIndex(a => a.CourseId).IsUnique();
        assignment.HasIndex(a => a.CourseId);
        assignment.Property(a => a.Title).HasMaxLength(200);
        assignment.Property(a => a.Instructions).HasMaxLength(20_000);
        assignment.HasMany(a => a.Criteria).WithOne().HasForeignKey(c => c.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
