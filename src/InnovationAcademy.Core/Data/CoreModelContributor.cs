
namespace InnovationAcademy.Core.Data;

/// <summary>The host's own tables: site settings, which features are enabled, and the audit trail.</summary>
public sealed class CoreModelContributor : AssemblyModelContributor;
