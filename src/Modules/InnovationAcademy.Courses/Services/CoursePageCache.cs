using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Home;
using InnovationAcademy.Core.Recipes;
using Microsoft.AspNetCore.OutputCaching;

namespace InnovationAcademy.Courses.Services;

/// <summary>
/// What is cached of published courses — the anonymous course pages (one tag) and the published versions
/// <see cref="CourseCatalog"/> keeps, and the home page — evicted together, on every node, when courses change.
/// </summary>
public sealed class CoursePageCache(IOutputCacheStore store, ISignal signal) : IRecipeEventHandler
{
    public const string Tag = "courses";

    public async ValueTask EvictAsync(CancellationToken cancellationToken = default)
    {
        signal.SignalToken(CourseCatalog.PublishedSignal);
        await store.EvictByTagAsync(Tag, cancellationToken);
        await store.EvictByTagAsync(HomePage.CacheTag, cancellationToken); // It lists courses to start.
    }

    /// <summary>A recipe may have imported courses: evict once it has committed.</summary>
    public async Task ExecutedAsync(RecipeDescriptor recipe, CancellationToken cancellationToken) => await EvictAsync(cancellationToken);
}
