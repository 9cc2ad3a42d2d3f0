using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Enrollments.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Services;

/// <summary>An enquiry with the title of its course, for lists.</summary>
internal sealed record EnquiryRow(Enquiry Enquiry, string CourseSlug, string CourseTitle);

/// <summary>Questions about courses from learners and visitors, and the answers, which are e-mailed.</summary>
internal sealed class EnquiryService(AcademyDbContext db, ICourseDirectory courses, IEmailQueue email, ISiteUrls urls, IAuditLog audit, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<Enquiry> AskAsync(int courseId, string? userId, string name, string emailAddress, string culture, string question, CancellationToken cancellationToken = default)
    {
        var enquiry = new Enquiry
        {
            CourseId = courseId,
            UserId = userId,
            Name = name.Trim(),
            Email = emailAddress.Trim(),
            Culture = culture,
            Question = question.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<Enquiry>().Add(enquiry);
        await db.SaveChangesAsync(cancellationToken);
        return enquiry;
    }

    /// <summary>Open (unanswered, oldest first) or answered (newest answer first) enquiries, a page at a time.</summary>
    public async Task<Page<EnquiryRow>> ListAsync(bool answered, string? courseSlug, int? page, CancellationToken cancellationToken = default)
    {
        var query = db.Set<Enquiry>().AsNoTracking().Where(e => answered ? e.AnsweredUtc != null : e.AnsweredUtc == null);
        if (!string.IsNullOrWhiteSpace(courseSlug))
        {
            var courseId = (await courses.FindAsync(courseSlug, cancellationToken))?.Id ?? 0;
            query = query.Where(e => e.CourseId == courseId);
        }

        var total = await query.CountAsync(cancellationToken);
        var number = Paging.Clamp(page, (int)Math.Ceiling(total / (double)PageSize));
        var ordered = answered ? query.OrderByDescending(e => e.AnsweredUtc) : query.OrderBy(e => e.CreatedUtc);
        var items = await ordered.Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page<EnquiryRow>(await WithTitlesAsync(items, cancellationToken), number, PageSize, total);
    }

    public async Task<EnquiryRow?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var enquiry = await db.Set<Enquiry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return enquiry is null ? null : (await WithTitlesAsync([enquiry], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<EnquiryRow>> MineAsync(string userId, CancellationToken cancellationToken = default)
    {
        var items = await db.Set<Enquiry>().AsNoTracking()
            .Where(e => e.UserId == userId).OrderByDescending(e => e.CreatedUtc).Take(100).ToListAsync(cancellationToken);
        return await WithTitlesAsync(items, cancellationToken);
    }

    /// <summary>Saves the answer and e-mails it to the asker in their language; false if already answered.</summary>
    public async Task<bool> AnswerAsync(int id, string answer, string answeredBy, CancellationToken cancellationToken = default)
    {
        var enquiry = await db.Set<Enquiry>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enquiry is null || enquiry.IsAnswered)
        {
            return false;
        }

        enquiry.Answer = answer.Trim();
        enquiry.AnsweredBy = answeredBy;
        enquiry.AnsweredUtc = clock.GetUtcNow().UtcDateTime;
        var row = (await WithTitlesAsync([enquiry], cancellationToken))[0];
        await email.EnqueueTemplateAsync(enquiry.Email, "enquiry-answered", enquiry.Culture, new
        {
            enquiry.Name,
            row.CourseTitle,
            enquiry.Question,
            enquiry.Answer,
            Link = enquiry.UserId is null ? "" : urls.Absolute("/my/enquiries"),
        }, EmailAbout.Course(enquiry.CourseId), cancellationToken);
        audit.Record("enquiry.answered", enquiry.Email, AuditNote.Say("enquiry {0} about {1}", enquiry.Id, row.CourseSlug));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<int> CountOpenAsync(CancellationToken cancellationToken = default) =>
        db.Set<Enquiry>().CountAsync(e => e.AnsweredUtc == null, cancellationToken);

    private async Task<List<EnquiryRow>> WithTitlesAsync(IReadOnlyList<Enquiry> enquiries, CancellationToken cancellationToken)
    {
        var found = await courses.FindManyAsync(enquiries.Select(e => e.CourseId), cancellationToken);
        return enquiries.Select(e => found.TryGetValue(e.CourseId, out var course)
            ? new EnquiryRow(e, course.Slug, course.Title)
            : new EnquiryRow(e, "", "")).ToList();
    }
}
