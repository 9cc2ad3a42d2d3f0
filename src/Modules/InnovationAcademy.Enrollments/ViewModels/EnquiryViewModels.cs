using System.ComponentModel.DataAnnotations;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Enrollments.Services;

namespace InnovationAcademy.Enrollments.ViewModels;

internal sealed class AskViewModel
{
    public string Slug { get; set; } = "";

    public string CourseTitle { get; set; } = "";

    public bool SignedIn { get; set; }

    [Required(ErrorMessage = "Tell us your name.")]
    [StringLength(200, ErrorMessage = "Keep the name under {1} characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Tell us the e-mail where you want the answer.")]
    [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
    [StringLength(256, ErrorMessage = "Keep the e-mail under {1} characters.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Write your question.")]
    [StringLength(4000, MinimumLength = 5, ErrorMessage = "Write between {2} and {1} characters.")]
    public string Question { get; set; } = "";

    /// <summary>Left empty by people; bots fill every field.</summary>
    public string? Website { get; set; }
}

internal sealed class EnquiryInboxViewModel
{
    public bool Answered { get; init; }

    public string? Course { get; init; }

    public required Page<EnquiryRow> Enquiries { get; init; }

    public int OpenCount { get; init; }

    public string PageLink(int page) =>
        $"/admin/enquiries?status={(Answered ? "answered" : "open")}&page={page}" + (string.IsNullOrWhiteSpace(Course) ? "" : "&course=" + Uri.EscapeDataString(Course));
}

internal sealed class AnswerViewModel
{
    public EnquiryRow? Enquiry { get; set; }

    [Required(ErrorMessage = "Write the answer.")]
    [StringLength(8000, MinimumLength = 2, ErrorMessage = "Write between {2} and {1} characters.")]
    public string Answer { get; set; } = "";
}
