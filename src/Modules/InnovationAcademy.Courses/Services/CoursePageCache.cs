using InnovationAcademy.Core.Caching;
using InnovationAcademy.Core.Recipes;
using Microsoft.AspNetCore.OutputCaching;

namespace InnovationAcademy.Courses.Services;

/// <summary>
/// What is cached of published courses — the anonymous course pages (one tag) and the published versions
/// <see cref="CourseCatalog"/> keeps — evicted together, on every node, when courses change.
/// </summary>
public sealed class CoursePageCache(IOutputCacheStore store, ISignal signal) : IRecipeEventHandler
{
    public const string Tag = "courses";

    public ValueTask EvictAsync(CancellationToken cancellationToken = default)
    {
        signal.SignalToken(CourseCatalog.PublishedSignal);
        return store.EvictByTagAsync(Tag, cancellationToken);
    }

    /// <summary>A recipe may have imported courses: evict once it has committed.</summary>
    public async Task ExecutedAsync(RecipeDescriptor recipe, CancellationToken cancellationToken) => await EvictAsync(cancellationToken);
}
