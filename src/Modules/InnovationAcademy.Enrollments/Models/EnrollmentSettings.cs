namespace InnovationAcademy.Enrollments.Models;

/// <summary>A course's enrolment rules. A course without a row is open, without capacity or window.</summary>
internal sealed class EnrollmentSettings
{
    public int CourseId { get; set; }

    public EnrollmentMethod Method { get; set; }

    /// <summary>The key learners type with <see cref="EnrollmentMethod.Key"/>; compared case-insensitively.</summary>
    public string? EnrollmentKey { get; set; }

    /// <summary>The most active learners at once; null for no limit. Beyond it learners wait in line.</summary>
    public int? Capacity { get; set; }

    public DateTime? OpensUtc { get; set; }

    public DateTime? ClosesUtc { get; set; }

    /// <summary>
    /// Bumped whenever a place is taken or freed in a course with a capacity, so that two learners racing
    /// for the last place cannot both get it: the second save fails its concurrency check and is retried.
    /// </summary>
    public int Revision { get; set; }
}
