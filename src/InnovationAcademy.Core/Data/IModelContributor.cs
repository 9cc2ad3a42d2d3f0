using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Core.Data;

/// <summary>
/// A module's part of the one database model: it applies its own entity configurations.
/// Modules register one in their Startup; the host composes them into <see cref="AcademyDbContext"/>.
/// </summary>
public interface IModelContributor
{
    void Contribute(ModelBuilder modelBuilder);
}

/// <summary>Applies every <c>IEntityTypeConfiguration</c> found in the contributor's own assembly.</summary>
public abstract class AssemblyModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
}
