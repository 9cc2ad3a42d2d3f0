namespace InnovationAcademy.Core.Features;

/// <summary>
/// The implementations of an extension point (display handlers, completion requirements, event handlers…) whose
/// modules are enabled. Every installed module's services are registered at start, so a loop over an injected
/// <c>IEnumerable&lt;T&gt;</c> would reach a switched-off module too: extension points ask here instead, once, rather
/// than each implementation checking its own feature.
/// </summary>
public interface IEnabledExtensions
{
    /// <summary>Those of <paramref name="implementations"/> from enabled modules, in their order; Core's and the host's always count.</summary>
    Task<IReadOnlyList<T>> FilterAsync<T>(IEnumerable<T> implementations, CancellationToken cancellationToken = default)
        where T : class;
}

public sealed class EnabledExtensions(Modules.ModuleCatalog catalog, IFeatureManager features) : IEnabledExtensions
{
    public async Task<IReadOnlyList<T>> FilterAsync<T>(IEnumerable<T> implementations, CancellationToken cancellationToken = default)
        where T : class
    {
        var all = implementations as IReadOnlyList<T> ?? [.. implementations];
        if (all.Count == 0)
        {
            return all;
        }

        var enabled = await features.GetEnabledAsync(cancellationToken);
        return [.. all.Where(i => catalog.FindByType(i.GetType()) is not { } module || enabled.Contains(module.Id))];
    }
}
