using InnovationAcademy.Core.Home;
using InnovationAcademy.Core.Recipes;
using Microsoft.AspNetCore.OutputCaching;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>
/// The cached pages that list cohorts (the home page's "open for sign-up"), evicted on every node when a cohort or
/// its schedule changes. The cohort pages themselves are not cached: they carry each visitor's own sign-up.
/// </summary>
internal sealed class CohortPageCache(IOutputCacheStore store) : IRecipeEventHandler
{
    public Task ChangedAsync() => store.EvictByTagAsync(HomePage.CacheTag, CancellationToken.None).AsTask();

    /// <summary>A recipe may have imported cohorts: evict once it has committed.</summary>
    public Task ExecutedAsync(RecipeDescriptor recipe, CancellationToken cancellationToken) => ChangedAsync();
}
