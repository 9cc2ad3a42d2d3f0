using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Core.Data;

/// <summary>The host's own tables (site settings, which features are enabled, the audit trail) and the shared SQL functions.</summary>
public sealed class CoreModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CoreModelContributor).Assembly);
        modelBuilder.HasDbFunction(typeof(FoldedText).GetMethod(nameof(FoldedText.Fold))!).HasName(FoldedText.FunctionName);
    }
}
