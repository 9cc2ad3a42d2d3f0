using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Enrollments.Models;

internal sealed class ModuleCompletionConfiguration : IEntityTypeConfiguration<ModuleCompletion>
{
    public void Configure(EntityTypeBuilder<ModuleCompletion> module)
    {
        module.ToTable("ModuleCompletions");
        module.HasKey(m => m.Id);
        module.HasIndex(m => new { m.EnrollmentId, m.ModuleKey }).IsUnique();
    }
}
