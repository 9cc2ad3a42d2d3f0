using InnovationAcademy.Core.Data;
using InnovationAcademy.Courses.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>A course as enrolment pages name it: the published title, else the draft's.</summary>
public sealed record CourseRef(int Id, string Slug, string Title, bool Published);

public sealed class CourseLookup(AcademyDbContext db)
{
    public Task<CourseRef?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<CourseVersion>().AsNoTracking()
            .Where(v => v.Course.Slug == slug && (v.Published || v.Latest))
            .OrderByDescending(v => v.Published)
            .Select(v => new CourseRef(v.CourseId, v.Course.Slug, v.Title, v.Published))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every course with its current title, for the administrators' overview.</summary>
    public async Task<IReadOnlyList<CourseRef>> AllAsync(CancellationToken cancellationToken = default)
    {
        var versions = await db.Set<CourseVersion>().AsNoTracking()
            .Where(v => v.Published || v.Latest)
            .Select(v => new CourseRef(v.CourseId, v.Course.Slug, v.Title, v.Published))
            .ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.Id).Select(g => g.OrderByDescending(v => v.Published).First())
            .OrderBy(c => c.Title, StringComparer.CurrentCulture).ToList();
    }
}
