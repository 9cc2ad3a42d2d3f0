using System.Security.Claims;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Features;
using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace InnovationAcademy.Courses.Services;

/// <summary>A card another module adds to a course's administration page: what it holds for the course, and links to its own pages.</summary>
public sealed record CourseEditorPart(string View, object? Model, int Order);

/// <summary>The course being edited (its latest version) and the person editing, for the modules that add parts.</summary>
public sealed class CourseEditorContext(CourseOutline course, ClaimsPrincipal user)
{
    private readonly List<CourseEditorPart> _parts = [];
    private readonly List<(Guid ModuleKey, CourseEditorPart Part)> _moduleParts = [];

    public CourseOutline Course { get; } = course;

    public ClaimsPrincipal User { get; } = user;

    /// <summary>Adds a partial view of the calling module, shown in <paramref name="order"/> (enrolment 10, quizzes 20, assignment 30, certificate 40).</summary>
    public void Add(string view, object? model, int order) => _parts.Add(new CourseEditorPart(view, model, order));

    /// <summary>Adds a partial view under one module of the outline (its quiz, or a way to add one).</summary>
    public void AddToModule(Guid moduleKey, string view, object? model, int order) => _moduleParts.Add((moduleKey, new CourseEditorPart(view, model, order)));

    public IReadOnlyList<CourseEditorPart> Parts => [.. _parts.OrderBy(p => p.Order)];

    /// <summary>What the modules added under each module of the outline, by module key.</summary>
    public ILookup<Guid, CourseEditorPart> ModuleParts => _moduleParts.OrderBy(p => p.Part.Order).ToLookup(p => p.ModuleKey, p => p.Part);
}

/// <summary>Everything the modules add to a course's administration page: cards, and parts under each module.</summary>
public sealed record CourseEditorParts(IReadOnlyList<CourseEditorPart> Cards, ILookup<Guid, CourseEditorPart> ByModule);

/// <summary>
/// Adds a module's part to a course's administration page (Orchard Core's editor drivers, kept small): the module
/// says what it holds for the course and links to where it is changed; each part is saved by its own module.
/// </summary>
public interface ICourseEditorHandler
{
    /// <summary>The permission that opens the module's pages: without it the part is not asked for.</summary>
    Permission Permission { get; }

    Task BuildAsync(CourseEditorContext context, CancellationToken cancellationToken);
}

/// <summary>Gathers the parts of every enabled module for one course's administration page.</summary>
internal sealed class CourseEditor(IEnumerable<ICourseEditorHandler> handlers, IEnabledExtensions enabled, IAuthorizationService authorization)
{
    public async Task<CourseEditorParts> PartsAsync(CourseOutline course, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var context = new CourseEditorContext(course, user);
        foreach (var handler in await enabled.FilterAsync(handlers, cancellationToken))
        {
            if (await authorization.AuthorizeAsync(user, handler.Permission))
            {
                await handler.BuildAsync(context, cancellationToken);
            }
        }

        return new CourseEditorParts(context.Parts, context.ModuleParts);
    }
}
