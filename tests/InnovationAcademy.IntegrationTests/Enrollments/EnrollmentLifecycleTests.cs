using System.Text.Json.Nodes;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.IntegrationTests.Enrollments;

/// <summary>How learners get into a course and what the lesson gate lets them do, method by method.</summary>
[Trait("Category", "Data")]
public sealed class EnrollmentLifecycleTests : IAsyncLifetime
{
    private EnrollmentSite _site = null!;

    public async Task InitializeAsync() => _site = await EnrollmentSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Lessons_open_only_to_enrolled_learners_on_pages_and_in_the_api()
    {
        var courseId = await _site.CourseIdAsync();
        using var visitor = _site.Site.CreateSiteClient();
        var coursePage = await visitor.GetPageAsync($"/courses/{EnrollmentSite.Slug}");
        Assert.NotNull(coursePage.QuerySelector($".enrolment-panel a[href^='/account/login?returnUrl=']"));
        var anonymous = await visitor.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.Http.GetAsync($"/api/courses/{EnrollmentSite.Slug}/lessons/{EnrollmentSite.Lesson1}")).StatusCode);

        using var ana = await _site.SignInAsync("ana@test.localhost");
        var refused = await ana.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal($"/courses/{EnrollmentSite.Slug}", refused.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.Http.GetAsync($"/api/courses/{EnrollmentSite.Slug}/lessons/{EnrollmentSite.Lesson1}")).StatusCode);

        await ana.EnrolAsync(EnrollmentSite.Slug);
        var lesson = await ana.GetPageAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1));
        Assert.Equal("Lección uno", lesson.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(lesson.QuerySelector($"form[action='/my/courses/{EnrollmentSite.Slug}/lessons/{EnrollmentSite.Lesson1}/complete']"));
        var api = JsonNode.Parse(await ana.Http.GetStringAsync($"/api/courses/{EnrollmentSite.Slug}/lessons/{EnrollmentSite.Lesson1}"))!;
        Assert.Contains("lección uno", api["html"]!.GetValue<string>(), StringComparison.Ordinal);

        var mine = await ana.GetPageAsync("/my/courses");
        Assert.Equal("Curso de prueba", mine.QuerySelector(".my-courses h2")!.TextContent.Trim());
        Assert.Equal("0", mine.QuerySelector(".my-courses progress")!.GetAttribute("value"));
        Assert.Contains(_site.Events.Raised, e => e == $"enrolled {courseId}");

        // Course staff check lessons without enrolling.
        Assert.Equal(HttpStatusCode.OK, (await _site.Manager.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson3))).StatusCode);
    }

    [Fact]
    public async Task Completing_lessons_moves_progress_and_completes_modules_and_the_course_once()
    {
        var courseId = await _site.CourseIdAsync();
        using var ana = await _site.SignInAsync("ana@test.localhost");
        await ana.EnrolAsync(EnrollmentSite.Slug);

        await EnrollmentSite.ExpectRedirectAsync(ana.PressButtonAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1), $"/my/courses/{EnrollmentSite.Slug}/lessons/{EnrollmentSite.Lesson1}/complete"));
        var page = await ana.GetPageAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1));
        Assert.Equal("33", page.QuerySelector("#course-progress")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector($".outline li.done a[href='{EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1)}']"));
        Assert.Null(page.QuerySelector(".complete-form"));

        // The video player's path: JSON back, same rule.
        var token = (await ana.GetPageAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson2))).QuerySelector(".complete-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/my/courses/{EnrollmentSite.Slug}/lessons/{EnrollmentSite.Lesson2}/complete")
        {
            Content = new FormUrlEncodedContent([new("via", "video"), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Accept.ParseAdd("application/json");
        var json = JsonNode.Parse(await (await ana.Http.SendAsync(request)).Content.ReadAsStringAsync())!;
        Assert.Equal(66, json["percent"]!.GetValue<int>());
        Assert.Contains("module", _site.Events.Raised);
        Assert.DoesNotContain($"course {courseId}", _site.Events.Raised);

        await EnrollmentSite.ExpectRedirectAsync(ana.PressButtonAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson3), $"/my/courses/{EnrollmentSite.Slug}/lessons/{EnrollmentSite.Lesson3}/complete"));
        // Done twice (another tab): nothing is counted again.
        await ana.PostFormAsync($"/my/courses/{EnrollmentSite.Slug}/lessons/{EnrollmentSite.Lesson3}/complete", [], token);

        var course = await ana.GetPageAsync($"/courses/{EnrollmentSite.Slug}");
        Assert.Equal("100", course.QuerySelector("#course-progress")!.GetAttribute("value"));
        Assert.NotNull(course.QuerySelector(".enrolment-panel .notice-ok"));
        Assert.Equal(1, _site.Events.Raised.Count(e => e == $"course {courseId}"));
        Assert.Equal(2, _site.Events.Raised.Count(e => e == "module"));
        Assert.Equal(3, _site.Events.Raised.Count(e => e.StartsWith("lesson ", StringComparison.Ordinal)));

        var stored = await _site.Site.WithDbAsync(db => db.Set<Enrollment>().Include(e => e.Modules).Include(e => e.Lessons).Include(e => e.Changes).SingleAsync());
        Assert.Equal(3, stored.Lessons.Count);
        Assert.Equal(2, stored.Modules.Count);
        Assert.NotNull(stored.CompletedUtc);
        Assert.Single(stored.Changes, c => c.Action == "completed");
        Assert.Contains(stored.Lessons, l => l.Via == "video");
    }

    [Fact]
    public async Task Leaving_keeps_progress_for_when_the_learner_comes_back()
    {
        using var ana = await _site.SignInAsync("ana@test.localhost");
        await ana.EnrolAsync(EnrollmentSite.Slug);
        await EnrollmentSite.ExpectRedirectAsync(ana.PressButtonAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1), $"/my/courses/{EnrollmentSite.Slug}/lessons/{EnrollmentSite.Lesson1}/complete"));

        var confirm = await ana.GetPageAsync($"/courses/{EnrollmentSite.Slug}/leave");
        Assert.StartsWith("¿Dejar Curso de prueba?", confirm.Title, StringComparison.Ordinal);
        Assert.Contains("33", confirm.QuerySelector(".notice-warning")!.TextContent, StringComparison.Ordinal);
        await EnrollmentSite.ExpectRedirectAsync(ana.PressButtonAsync($"/courses/{EnrollmentSite.Slug}/leave", $"/courses/{EnrollmentSite.Slug}/leave"));
        Assert.Equal(HttpStatusCode.Redirect, (await ana.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);
        var mine = await ana.GetPageAsync("/my/courses");
        Assert.Contains("33", mine.QuerySelector(".my-courses .muted")!.TextContent, StringComparison.Ordinal);

        await ana.EnrolAsync(EnrollmentSite.Slug);

        // "Continue" skips the lesson already done, on the course page and in My courses.
        var panel = await ana.GetPageAsync($"/courses/{EnrollmentSite.Slug}");
        Assert.Equal(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson2), panel.QuerySelector(".enrolment-panel a.button-primary")!.GetAttribute("href"));
        var resume = (await ana.GetPageAsync("/my/courses")).QuerySelector(".my-courses a.button-primary")!.GetAttribute("href")!;
        using var resumed = await ana.Http.GetAsync(resume);
        Assert.Equal(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson2), resumed.Headers.Location?.OriginalString);
        var lesson = await ana.GetPageAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson2));
        Assert.Equal("33", lesson.QuerySelector("#course-progress")!.GetAttribute("value"));
        var history = await _site.Site.WithDbAsync(db => db.Set<EnrollmentChange>().OrderBy(c => c.Id).Select(c => c.Action).ToListAsync());
        Assert.Equal(["enrolled", "left", "re-enrolled"], history);
    }

    [Fact]
    public async Task Approval_requests_wait_and_the_learner_is_emailed_the_decision_either_way()
    {
        await _site.SettingsAsync("Approval");
        using var ana = await _site.SignInAsync("ana@test.localhost");
        using var beto = await _site.SignInAsync("beto@test.localhost");
        var form = (await ana.GetPageAsync($"/courses/{EnrollmentSite.Slug}")).QuerySelector(".enrol-form button")!;
        Assert.Equal("Solicitar plaza", form.TextContent.Trim());
        await ana.EnrolAsync(EnrollmentSite.Slug);
        await beto.EnrolAsync(EnrollmentSite.Slug);
        Assert.Equal(HttpStatusCode.Redirect, (await ana.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);
        Assert.Contains("Esperando aprobación", (await ana.GetPageAsync("/my/courses")).Body!.TextContent, StringComparison.Ordinal);

        var pending = await _site.Manager.GetPageAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments?status=pending");
        var rows = pending.QuerySelectorAll("tbody tr a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href")!);
        Assert.Equal(["Ana Núñez", "Beto Peña"], rows.Keys.Order());

        await EnrollmentSite.ExpectRedirectAsync(_site.Manager.PostFormAsync(rows["Ana Núñez"] + "/approve", [new("Reason", "")], await TokenAsync(rows["Ana Núñez"])));
        var approved = await _site.Smtp.WaitForMessageAsync("ana@test.localhost");
        Assert.Equal("Ya estás en el curso «Curso de prueba»", approved.Subject);
        Assert.Equal(HttpStatusCode.OK, (await ana.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);

        // Turning down needs a reason, shown at the field; nothing changes without it.
        var noReason = await _site.Manager.PostFormAsync(rows["Beto Peña"] + "/reject", [new("Reason", " ")], await TokenAsync(rows["Beto Peña"]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.NotNull((await SiteClient.ParseAsync(noReason)).QuerySelector("#Reason + .field-error, .field .field-error"));
        await EnrollmentSite.ExpectRedirectAsync(_site.Manager.PostFormAsync(rows["Beto Peña"] + "/reject", [new("Reason", "El grupo está reservado al personal municipal.")], await TokenAsync(rows["Beto Peña"])));
        var rejected = await _site.Smtp.WaitForMessageAsync("beto@test.localhost");
        Assert.Equal("Your request for \"Curso de prueba\"", rejected.Subject);
        Assert.Contains("El grupo está reservado al personal municipal.", rejected.TextBody, StringComparison.Ordinal);

        // The enrolment's history says who, when and why.
        var detail = await _site.Manager.GetPageAsync(rows["Beto Peña"]);
        var history = detail.QuerySelector(".history")!.TextContent;
        Assert.Contains("gestora@academy.localhost", history, StringComparison.Ordinal);
        Assert.Contains("El grupo está reservado al personal municipal.", history, StringComparison.Ordinal);
        Assert.Contains("Rechazada", history, StringComparison.Ordinal);
        Assert.Contains("Pidió unirse", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enrolment_key_lets_in_those_who_know_it_and_says_at_the_field_when_it_is_wrong()
    {
        await _site.SettingsAsync("Key", key: "Laboratorio-2026");
        using var ana = await _site.SignInAsync("ana@test.localhost");
        var wrong = await ana.SubmitFormAsync($"/courses/{EnrollmentSite.Slug}", [new("Key", "laboratorio-2025")], $"/courses/{EnrollmentSite.Slug}/enrol");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var page = await SiteClient.ParseAsync(wrong);
        Assert.Contains("no es correcta", page.QuerySelector("span.field-error")!.TextContent, StringComparison.Ordinal);

        var right = await ana.SubmitFormAsync($"/courses/{EnrollmentSite.Slug}/enrol", [new("Key", " LABORATORIO-2026 ")]);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ana.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);
    }

    [Fact]
    public async Task Administrators_only_courses_refuse_self_enrolment_and_administrators_enrol_existing_and_new_people()
    {
        await _site.SettingsAsync("AdministratorsOnly");
        using var ana = await _site.SignInAsync("ana@test.localhost");
        Assert.Null((await ana.GetPageAsync($"/courses/{EnrollmentSite.Slug}")).QuerySelector(".enrol-form"));
        var token = (await ana.GetPageAsync("/my/courses")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await ana.PostFormAsync($"/courses/{EnrollmentSite.Slug}/enrol", [], token);
        Assert.Equal(HttpStatusCode.Redirect, (await ana.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);

        var add = $"/admin/courses/{EnrollmentSite.Slug}/enrollments/add";
        await EnrollmentSite.ExpectRedirectAsync(_site.Manager.SubmitFormAsync(add, [new("Email", "ana@test.localhost"), new("Reason", "Grupo de Getafe")]));
        Assert.Equal(HttpStatusCode.OK, (await ana.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);
        Assert.Equal("Te hemos inscrito en «Curso de prueba»", (await _site.Smtp.WaitForMessageAsync("ana@test.localhost")).Subject);

        // Someone new needs a name, asked for at its field; then gets an account and an invitation.
        var nameless = await _site.Manager.SubmitFormAsync(add, [new("Email", "nuevo@test.localhost"), new("Name", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nameless.StatusCode);
        Assert.Contains("nuevo@test.localhost", (await SiteClient.ParseAsync(nameless)).QuerySelector("span[data-valmsg-for=Name]")!.TextContent, StringComparison.Ordinal);
        await EnrollmentSite.ExpectRedirectAsync(_site.Manager.SubmitFormAsync(add, [new("Email", "nuevo@test.localhost"), new("Name", "Íñigo Nuevo")]));
        var invitation = await _site.Smtp.WaitForMessageAsync("nuevo@test.localhost", m => m.TextBody!.Contains("/account/reset-password?", StringComparison.Ordinal));
        Assert.Contains("Íñigo Nuevo", invitation.TextBody, StringComparison.Ordinal);
        var status = await _site.Site.WithDbAsync(db => db.Set<Enrollment>().Where(e => db.Set<AcademyUser>().Any(u => u.Id == e.UserId && u.Email == "nuevo@test.localhost")).Select(e => e.Status).SingleAsync());
        Assert.Equal(EnrollmentStatus.Active, status);
    }

    [Fact]
    public async Task A_full_course_keeps_a_waiting_list_and_a_freed_place_goes_to_the_first_in_line()
    {
        await _site.SettingsAsync("Open", capacity: "1");
        using var ana = await _site.SignInAsync("ana@test.localhost");
        using var beto = await _site.SignInAsync("beto@test.localhost");
        using var carla = await _site.SignInAsync("carla@test.localhost");
        await ana.EnrolAsync(EnrollmentSite.Slug);
        // Beto reads the site in English, his language.
        Assert.Equal("Join the waiting list", (await beto.GetPageAsync($"/courses/{EnrollmentSite.Slug}")).QuerySelector(".enrol-form button")!.TextContent.Trim());
        await beto.EnrolAsync(EnrollmentSite.Slug);
        await carla.EnrolAsync(EnrollmentSite.Slug);
        Assert.Equal(HttpStatusCode.Redirect, (await beto.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);
        Assert.Contains("puesto 2", (await carla.GetPageAsync("/my/courses")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("You are on the waiting list for \"Curso de prueba\"", (await _site.Smtp.WaitForMessageAsync("beto@test.localhost")).Subject);

        await EnrollmentSite.ExpectRedirectAsync(ana.PressButtonAsync($"/courses/{EnrollmentSite.Slug}/leave", $"/courses/{EnrollmentSite.Slug}/leave"));
        Assert.Equal(HttpStatusCode.OK, (await beto.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await carla.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);
        await _site.Smtp.WaitForMessageAsync("beto@test.localhost", m => m.Subject!.StartsWith("A place has freed", StringComparison.Ordinal));
        Assert.Contains("puesto 1", (await carla.GetPageAsync("/my/courses")).Body!.TextContent, StringComparison.Ordinal);

        // A larger capacity lets the next one in at once.
        await _site.SettingsAsync("Open", capacity: "2");
        Assert.Equal(HttpStatusCode.OK, (await carla.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);
        Assert.Contains("Curso de prueba", (await _site.Smtp.WaitForMessageAsync("carla@test.localhost", m => m.Subject!.Contains("plaza", StringComparison.Ordinal))).Subject, StringComparison.Ordinal);

        // Ana asks again and waits; withdrawing Beto gives her his place at once, and the administrator is told who got it.
        await ana.EnrolAsync(EnrollmentSite.Slug);
        var betoId = await _site.Site.WithDbAsync(db => db.Set<Enrollment>()
            .Where(e => db.Set<AcademyUser>().Any(u => u.Id == e.UserId && u.Email == "beto@test.localhost")).Select(e => e.Id).SingleAsync());
        var detail = $"/admin/courses/{EnrollmentSite.Slug}/enrollments/{betoId}";
        var token = (await _site.Manager.GetPageAsync(detail)).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await EnrollmentSite.ExpectRedirectAsync(_site.Manager.PostFormAsync($"{detail}/withdraw", [new("Reason", "No asiste.")], token));
        var told = await _site.Manager.GetPageAsync(detail);
        Assert.Contains("La plaza liberada fue para Ana", told.QuerySelector(".notice-ok")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ana.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);
        Assert.Contains("2 de 2 plazas ocupadas", (await _site.Manager.GetPageAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments")).Body!.TextContent, StringComparison.Ordinal);

        // A limit below those who hold a place is refused at the field, instead of showing "2 of 1 places".
        var lower = await _site.Manager.SubmitFormAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments/settings", [new("Method", "Open"), new("Capacity", "1")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lower.StatusCode);
        Assert.StartsWith("2 personas ya tienen plaza", (await SiteClient.ParseAsync(lower)).QuerySelector("span[data-valmsg-for=Capacity]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_the_enrolment_window_nobody_enrols()
    {
        await _site.SettingsAsync("Open", closes: "2020-01-31T18:00");
        using var ana = await _site.SignInAsync("ana@test.localhost");
        var closed = await ana.GetPageAsync($"/courses/{EnrollmentSite.Slug}");
        Assert.Null(closed.QuerySelector(".enrol-form"));
        Assert.Contains("se cerró", closed.QuerySelector(".enrolment-panel")!.TextContent, StringComparison.Ordinal);
        var token = (await ana.GetPageAsync("/my/courses")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await ana.PostFormAsync($"/courses/{EnrollmentSite.Slug}/enrol", [], token);
        Assert.Equal(HttpStatusCode.Redirect, (await ana.Http.GetAsync(EnrollmentSite.LessonUrl(EnrollmentSite.Lesson1))).StatusCode);

        await _site.SettingsAsync("Open", opens: "2090-01-01T09:00");
        Assert.Contains("se abre", (await ana.GetPageAsync($"/courses/{EnrollmentSite.Slug}")).QuerySelector(".enrolment-panel")!.TextContent, StringComparison.Ordinal);
        await ana.PostFormAsync($"/courses/{EnrollmentSite.Slug}/enrol", [], token);
        Assert.Equal(0, await _site.Site.WithDbAsync(db => db.Set<Enrollment>().CountAsync()));

        // Closing before opening is refused at the field.
        var backwards = await _site.Manager.SubmitFormAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments/settings",
            [new("Method", "Open"), new("Opens", "2030-02-01T09:00"), new("Closes", "2030-01-01T09:00")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, backwards.StatusCode);
        Assert.NotEmpty((await SiteClient.ParseAsync(backwards)).QuerySelector("span[data-valmsg-for=Closes]")!.TextContent.Trim());

        // A capacity that is not a number is said at the field, in Spanish, and nothing changes.
        var words = await _site.Manager.SubmitFormAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments/settings", [new("Method", "Open"), new("Capacity", "veinte")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, words.StatusCode);
        Assert.Equal("«veinte» no es un valor válido aquí.", (await SiteClient.ParseAsync(words)).QuerySelector("span[data-valmsg-for=Capacity]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Enrolment_pages_are_for_course_administrators_and_ids_of_other_courses_are_not_found()
    {
        using var visitor = _site.Site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.Http.GetAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments")).StatusCode);
        using var ana = await _site.SignInAsync("ana@test.localhost");
        await ana.EnrolAsync(EnrollmentSite.Slug);
        foreach (var url in new[] { "/admin/enrollments", $"/admin/courses/{EnrollmentSite.Slug}/enrollments", $"/admin/courses/{EnrollmentSite.Slug}/enrollments/export", "/admin/enquiries" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await ana.Http.GetAsync(url)).StatusCode);
        }

        var token = (await ana.GetPageAsync("/my/courses")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var id = await _site.Site.WithDbAsync(db => db.Set<Enrollment>().Select(e => e.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.PostFormAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments/{id}/withdraw", [new("Reason", "x")], token)).StatusCode);

        // The demo recipe has no other course; any other slug with this id is unknown.
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Manager.Http.GetAsync($"/admin/courses/otro/enrollments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Manager.Http.GetAsync($"/admin/courses/{EnrollmentSite.Slug}/enrollments/{id + 1000}")).StatusCode);
    }

    private async Task<string> TokenAsync(string url) =>
        (await _site.Manager.GetPageAsync(url)).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
