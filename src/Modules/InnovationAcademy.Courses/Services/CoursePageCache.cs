using InnovationAcademy.Core.Recipes;
using Microsoft.AspNetCore.OutputCaching;

namespace InnovationAcademy.Courses.Services;

/// <summary>The cached anonymous course pages (one tag), evicted when courses change.</summary>
public sealed class CoursePageCache(IOutputCacheStore store) : IRecipeEventHandler
{
    public const string Tag = "courses";

    public ValueTask EvictAsync(CancellationToken cancellationToken = default) => store.EvictByTagAsync(Tag, cancellationToken);

    /// <summary>A recipe may have imported courses: evict once it has committed.</summary>
    public async Task ExecutedAsync(RecipeDescriptor recipe, CancellationToken cancellationToken) => await EvictAsync(cancellationToken);
}
