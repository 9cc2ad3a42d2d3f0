using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Export;
using InnovationAcademy.Core.Localization;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Email;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Settings;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Enrollments.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Enrollments.Controllers;

/// <summary>Course administrators manage who takes each course.</summary>
[Admin]
internal sealed class AdminEnrollmentsController(
    CourseLookup courses,
    EnrollmentService enrollments,
    EnrollmentRoster roster,
    IAccountProvisioning accounts,
    IUserDirectory directory,
    CoursePageCache pageCache,
    IEmailQueue email,
    IUndeliveredEmails undelivered,
    IAuditLog audit,
    AcademyDbContext db,
    IStringLocalizer<AdminEnrollmentsController> T) : Controller
{
    [HttpGet("/admin/enrollments", Name = "Enrollments.AdminEnrollments.Overview")]
    [RequirePermission(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Overview()
    {
        var counts = await roster.CountsAsync(HttpContext.RequestAborted);
        var all = await courses.AllAsync(HttpContext.RequestAborted);
        return View(all.Select(c => new CourseEnrollmentSummary(c, counts.GetValueOrDefault(c.Id, new RosterCounts(0, 0, 0, 0, 0)))).ToList());
    }

    [HttpGet("/admin/courses/{slug}/enrollments", Name = "Enrollments.AdminEnrollments.Index")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Index(string slug, CourseRef course, string? q, string? status, int? page)
    {
        var filter = new RosterFilter(q, status);
        var counts = (await roster.CountsAsync(HttpContext.RequestAborted)).GetValueOrDefault(course.Id, new RosterCounts(0, 0, 0, 0, 0));
        return View(new RosterViewModel
        {
            Course = course,
            Filter = filter,
            Learners = await roster.PageAsync(course.Id, filter, page, HttpContext.RequestAborted),
            Settings = await enrollments.GetSettingsAsync(course.Id, HttpContext.RequestAborted),
            Counts = counts,
            Undelivered = await undelivered.ListAsync(EmailAbout.Course(course.Id), 20, HttpContext.RequestAborted),
        });
    }

    [HttpGet("/admin/courses/{slug}/enrollments/export", Name = "Enrollments.AdminEnrollments.Export")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Export(string slug, CourseRef course, string? q, string? status, string? format)
    {
        var rows = await roster.AllAsync(course.Id, new RosterFilter(q, status), HttpContext.RequestAborted);
        audit.Record("enrollment.exported", course.Slug, AuditNote.Counted(rows.Count, "1 learner", "{0} learners"));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        if (format != "xlsx")
        {
            return File(EnrollmentRoster.ToCsv(rows), "text/csv; charset=utf-8", $"{course.Slug}-enrolments.csv");
        }

        // For people: headers and statuses in the reader's language, numbers and days typed, days in the reader's zone.
        var reader = ReaderTime.Of(HttpContext);
        var sheet = new Spreadsheet(T["Learners"].Value,
            [T["E-mail"].Value, T["Name"].Value, T["Status"].Value, T["Progress (%)"].Value, T["Modules completed"].Value, T["Completed on"].Value, T["Last activity"].Value]);
        foreach (var row in rows)
        {
            var statusName = row.CompletedUtc is null
                ? EnrollmentText.StatusFilters.FirstOrDefault(f => f.Value.Equals(row.Status.ToString(), StringComparison.OrdinalIgnoreCase)).Name ?? row.Status.ToString()
                : "Completed";
            sheet.Add(row.Email, row.Name, T[statusName].Value, row.ProgressPercent, row.CompletedModules,
                row.CompletedUtc is { } done ? reader.Day(done) : null, row.LastActivityUtc is { } seen ? reader.Local(seen) : null);
        }

        return File(await sheet.ToBytesAsync(HttpContext.RequestAborted), Spreadsheet.MediaType, $"{course.Slug}-enrolments.xlsx");
    }

    [HttpGet("/admin/courses/{slug}/enrollments/{id:int}", Name = "Enrollments.AdminEnrollments.Detail")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Detail(string slug, CourseRef course, int id)
    {
        var enrollment = await roster.DetailAsync(course.Id, id, HttpContext.RequestAborted);
        return enrollment is null ? NotFound() : View(new EnrollmentDetailViewModel
        {
            Course = course,
            Enrollment = enrollment,
            Learner = await LearnerAsync(enrollment),
            TimeZone = UserClaims.TimeZoneOf(User),
        });
    }

    [HttpPost("/admin/courses/{slug}/enrollments/{id:int}/{decision:regex(^(approve|reject|withdraw|reenrol)$)}", Name = "Enrollments.AdminEnrollments.Decide")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Decide(string slug, CourseRef course, int id, string decision, DecisionForm form)
    {
        var enrollment = await roster.DetailAsync(course.Id, id, HttpContext.RequestAborted);
        if (enrollment is null)
        {
            return NotFound();
        }

        if (decision is "reject" or "withdraw" && string.IsNullOrWhiteSpace(form.Reason))
        {
            ModelState.AddModelError(nameof(form.Reason), T["Say why: the learner reads the reason when rejected, and it stays in the enrolment's history."]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Detail), new EnrollmentDetailViewModel { Course = course, Enrollment = enrollment, Learner = await LearnerAsync(enrollment), TimeZone = UserClaims.TimeZoneOf(User) });
        }

        var cancellationToken = HttpContext.RequestAborted;
        var name = (await LearnerAsync(enrollment)).Name;
        TempData["Message"] = decision switch
        {
            "approve" => Describe(await enrollments.ApproveAsync(id, course, form.Reason, cancellationToken), name),
            "reenrol" => Describe(await enrollments.ReenrolAsync(id, course, form.Reason, cancellationToken), name),
            "reject" => await enrollments.RejectAsync(id, course, form.Reason!, cancellationToken)
                ? T["{0} was turned down and told why by e-mail.", name].Value
                : T["Only a pending or waiting request can be turned down."].Value,
            _ => await WithdrawnAsync(id, course, form.Reason!, name, cancellationToken),
        };
        return RedirectToRoute("Enrollments.AdminEnrollments.Detail", new { slug, id });
    }

    /// <summary>Withdraws, and says who took the freed place from the waiting list, if anyone did.</summary>
    private async Task<string> WithdrawnAsync(int id, CourseRef course, string reason, string name, CancellationToken cancellationToken)
    {
        var (withdrawn, promotedUserIds) = await enrollments.WithdrawAndPromoteAsync(id, course, reason, cancellationToken);
        if (!withdrawn)
        {
            return T["Only an enrolled, pending or waiting learner can be withdrawn."].Value;
        }

        var message = T["{0} was withdrawn from the course. Their progress is kept.", name].Value;
        if (promotedUserIds.Count > 0)
        {
            var promoted = await directory.FindManyAsync(promotedUserIds, cancellationToken);
            var names = string.Join(", ", promotedUserIds.Select(u => promoted.TryGetValue(u, out var card) ? card.DisplayName : "?"));
            message += " " + T["The freed place went to {0}, first on the waiting list, who was told by e-mail.", names].Value;
        }

        return message;
    }

    [HttpGet("/admin/courses/{slug}/enrollments/add", Name = "Enrollments.AdminEnrollments.Add")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Add(string slug, CourseRef course)
    {
        return View(new AddLearnerViewModel { Course = course });
    }

    [HttpPost("/admin/courses/{slug}/enrollments/add", Name = "Enrollments.AdminEnrollments.Add")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Add(string slug, CourseRef course, AddLearnerViewModel form)
    {
        form.Course = course;
        if (!SupportedCultures.IsSupported(form.Language))
        {
            ModelState.AddModelError(nameof(form.Language), T["Choose Spanish or English."]);
        }

        var user = ModelState.IsValid ? await directory.FindByEmailAsync(form.Email.Trim(), HttpContext.RequestAborted) : null;
        if (ModelState.IsValid && user is null && string.IsNullOrWhiteSpace(form.Name))
        {
            ModelState.AddModelError(nameof(form.Name), T["{0} has no account yet: enter their name to create one.", form.Email]);
        }

        if (ModelState.IsValid && user is null)
        {
            // A new account: Identity checks the address, and the person gets an invitation to choose a password.
            var (created, errors) = await accounts.InviteLearnerAsync(form.Email.Trim(), form.Name!.Trim(), form.Language, cancellationToken: HttpContext.RequestAborted);
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field is "Email" ? nameof(form.Email) : "", T[message]);
            }

            user = created;
        }

        if (!ModelState.IsValid || user is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        var result = await enrollments.EnrolByAdministratorAsync(course, user.Id, form.Reason, form.Notify, HttpContext.RequestAborted);
        TempData["Message"] = result == EnrollResult.AlreadyIn
            ? T["{0} is already enrolled.", user.Email].Value
            : Describe(result, user.Name);
        return RedirectToRoute("Enrollments.AdminEnrollments.Index", new { slug });
    }

    [HttpGet("/admin/courses/{slug}/enrollments/settings", Name = "Enrollments.AdminEnrollments.Settings")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Settings(string slug, CourseRef course)
    {
        var settings = await enrollments.GetSettingsAsync(course.Id, HttpContext.RequestAborted);
        var zone = UserClaims.TimeZoneOf(User);
        return View(new EnrollmentSettingsViewModel
        {
            Course = course,
            Method = settings.Method,
            EnrollmentKey = settings.EnrollmentKey,
            Capacity = settings.Capacity,
            Opens = settings.OpensUtc is { } opens ? TimeZoneInfo.ConvertTimeFromUtc(opens, zone) : null,
            Closes = settings.ClosesUtc is { } closes ? TimeZoneInfo.ConvertTimeFromUtc(closes, zone) : null,
            TimeZoneName = InnovationAcademy.Core.Users.TimeZoneChoices.Describe(zone.Id),
        });
    }

    [HttpPost("/admin/courses/{slug}/enrollments/settings", Name = "Enrollments.AdminEnrollments.Settings")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Settings(string slug, CourseRef course, EnrollmentSettingsViewModel form)
    {
        var zone = UserClaims.TimeZoneOf(User);
        form.Course = course;
        form.TimeZoneName = InnovationAcademy.Core.Users.TimeZoneChoices.Describe(zone.Id);
        if (!Enum.IsDefined(form.Method))
        {
            ModelState.AddModelError(nameof(form.Method), T["Choose how learners enrol."]);
        }

        if (form.Method == EnrollmentMethod.Key && string.IsNullOrWhiteSpace(form.EnrollmentKey))
        {
            ModelState.AddModelError(nameof(form.EnrollmentKey), T["Enter the key learners will type."]);
        }

        foreach (var (field, value) in new[] { (nameof(form.Opens), form.Opens), (nameof(form.Closes), form.Closes) })
        {
            if (value is { } local && zone.IsInvalidTime(local))
            {
                ModelState.AddModelError(field, T["This time does not exist in {0} (the clocks change then). Choose another.", zone.Id]);
            }
        }

        if (form.Opens is { } opens && form.Closes is { } closes && closes <= opens)
        {
            ModelState.AddModelError(nameof(form.Closes), T["Enrolment must close after it opens."]);
        }

        // A place is held until its learner leaves or is withdrawn: a limit below those who hold one would take none away
        // and only show "6 of 5 places taken".
        if (form.Capacity is { } capacity && await enrollments.CountActiveAsync(course.Id, HttpContext.RequestAborted) is var holding && capacity < holding)
        {
            ModelState.AddModelError(nameof(form.Capacity), T["{0} learners hold a place already: the limit cannot be lower. To stop new enrolments, close enrolment instead.", holding]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        await enrollments.SaveSettingsAsync(new EnrollmentSettings
        {
            CourseId = course.Id,
            Method = form.Method,
            EnrollmentKey = form.EnrollmentKey,
            Capacity = form.Capacity,
            OpensUtc = ToUtc(form.Opens, zone),
            ClosesUtc = ToUtc(form.Closes, zone),
        }, course!, HttpContext.RequestAborted);
        await pageCache.EvictAsync(HttpContext.RequestAborted);
        TempData["Message"] = T["Enrolment settings saved."].Value;
        return RedirectToRoute("Enrollments.AdminEnrollments.Index", new { slug });
    }

    [HttpGet("/admin/courses/{slug}/enrollments/message", Name = "Enrollments.AdminEnrollments.Message")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Message(string slug, CourseRef course, string? q, string? status)
    {
        var filter = new RosterFilter(q, status);
        var recipients = await roster.AllAsync(course.Id, filter, HttpContext.RequestAborted);
        return View(new MessageViewModel { Course = course, Filter = filter, RecipientCount = recipients.Count });
    }

    [HttpPost("/admin/courses/{slug}/enrollments/message", Name = "Enrollments.AdminEnrollments.Message")]
    [AdminCourse(nameof(Permissions.ManageEnrollments))]
    public async Task<IActionResult> Message(string slug, CourseRef course, string? q, string? status, MessageViewModel form)
    {
        var filter = new RosterFilter(q, status);
        var recipients = await roster.AllAsync(course.Id, filter, HttpContext.RequestAborted);
        if (recipients.Count == 0)
        {
            ModelState.AddModelError("", T["No learner matches this filter: nobody would get the message."]);
        }

        if (!ModelState.IsValid)
        {
            form.Course = course;
            form.Filter = filter;
            form.RecipientCount = recipients.Count;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        var footer = "\n\n--\n" + course.Title;
        foreach (var recipient in recipients)
        {
            email.Enqueue(new EmailMessage(recipient.Email, form.Subject.Trim(), form.Body.Trim() + footer) { About = EmailAbout.Course(course.Id) });
        }

        var filterName = AuditNote.Word(EnrollmentText.StatusFilterName(filter.Status));
        audit.Record("enrollment.messaged", course.Slug, string.IsNullOrWhiteSpace(filter.Query)
            ? AuditNote.Counted(recipients.Count, "“{1}” to 1 learner; filter: {2}", "“{1}” to {0} learners; filter: {2}", form.Subject.Trim(), filterName)
            : AuditNote.Counted(recipients.Count, "“{1}” to 1 learner; filter: {2}; search: “{3}”", "“{1}” to {0} learners; filter: {2}; search: “{3}”", form.Subject.Trim(), filterName, filter.Query.Trim()));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Message"] = T["Your message is on its way to {0} learners.", recipients.Count].Value;
        return Redirect($"/admin/courses/{slug}/enrollments{filter.QueryString()}");
    }

    private string Describe(EnrollResult result, string name) => result switch
    {
        EnrollResult.Enrolled => T["{0} is enrolled.", name].Value,
        EnrollResult.Waitlisted => T["The course is full: {0} is on the waiting list.", name].Value,
        _ => T["Nothing changed: this enrolment is not in a state that allows it."].Value,
    };

    private static DateTime? ToUtc(DateTime? local, TimeZoneInfo zone) =>
        local is { } value ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), zone) : null;

    private async Task<UserCard> LearnerAsync(Enrollment enrollment) =>
        await directory.FindAsync(enrollment.UserId, HttpContext.RequestAborted) ?? new UserCard(enrollment.UserId, "", enrollment.UserId, UserClaims.DefaultTimeZone, "es");
}
