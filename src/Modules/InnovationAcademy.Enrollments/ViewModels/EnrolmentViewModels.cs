using System.ComponentModel.DataAnnotations;

namespace InnovationAcademy.Enrollments.ViewModels;

internal sealed class EnrolFormModel
{
    public string Slug { get; set; } = "";

    public string CourseTitle { get; set; } = "";

    [StringLength(100, ErrorMessage = "The key is too long (100 characters at most).")]
    [Display(Name = "Enrolment key")]
    public string? Key { get; set; }
}

internal sealed record LeaveModel(string Slug, string CourseTitle, int ProgressPercent);
