using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Core.Data;

/// <summary>
/// The platform's one database. It owns no entity itself: each module contributes its entities through
/// <see cref="IModelContributor"/>, and modules reach their own tables with <see cref="DbContext.Set{TEntity}()"/>.
/// </summary>
public class AcademyDbContext : DbContext
{
    private readonly IEnumerable<IModelContributor> _contributors;

    public AcademyDbContext(DbContextOptions<AcademyDbContext> options, IEnumerable<IModelContributor> contributors)
        : base(options)
    {
        _contributors = contributors;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var contributor in _contributors)
        {
            contributor.Contribute(modelBuilder);
        }
    }
}
