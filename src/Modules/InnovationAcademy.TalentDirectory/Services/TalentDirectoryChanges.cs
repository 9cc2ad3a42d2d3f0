using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Home;
using InnovationAcademy.Core.Recipes;
using Microsoft.AspNetCore.OutputCaching;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>
/// What is cached of the public directory — the filters' counts (<see cref="TalentFacets"/>) and the anonymous
/// directory pages and open data (one output-cache tag) — evicted on every node by every change to profiles or sectors.
/// </summary>
internal sealed class TalentDirectoryChanges(ISignal signal, IOutputCacheStore store) : IRecipeEventHandler
{
    public const string PageTag = "talent";

    /// <summary>Called by everything that writes profiles or sectors, once the change is saved.</summary>
    public async Task ChangedAsync()
    {
        signal.SignalToken(TalentFacets.SignalKey);
        await store.EvictByTagAsync(PageTag, CancellationToken.None);
        await store.EvictByTagAsync(HomePage.CacheTag, CancellationToken.None); // It counts the directory's people.
    }

    /// <summary>A recipe may have imported profiles: evict once it has committed.</summary>
    public Task ExecutedAsync(RecipeDescriptor recipe, CancellationToken cancellationToken) => ChangedAsync();
}
