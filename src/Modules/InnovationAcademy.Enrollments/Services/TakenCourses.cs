using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Enrollments.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>A person's courses in any state but withdrawn or refused: those they have no reason to be offered again.</summary>
internal sealed class TakenCourses(AcademyDbContext db) : ILearnerCourses
{
    public async Task<IReadOnlySet<int>> TakenAsync(string userId, CancellationToken cancellationToken = default) =>
        (await db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.UserId == userId && (e.Status == EnrollmentStatus.Active || e.Status == EnrollmentStatus.Pending || e.Status == EnrollmentStatus.Waitlisted || e.CompletedUtc != null))
            .Select(e => e.CourseId)
            .ToListAsync(cancellationToken)).ToHashSet();
}
