using InnovationAcademy.Core.Content;
using InnovationAcademy.Core.Media;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Core.Web;
using InnovationAcademy.Courses.Models;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Courses.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Courses.Controllers;

/// <summary>
/// Editors author courses here. Every change saves a new version of the whole course, so any step can be
/// undone from the history; learners see nothing until a version is published.
/// </summary>
[Admin]
[Route("admin/courses")]
internal sealed class AdminCoursesController(
    CourseStore store,
    IContentRenderer renderer,
    IEnumerable<IPictureUploads> pictures,
    IEnumerable<IMediaLibrary> mediaLibrary,
    CourseOutlineEditor outline,
    CourseEditor editor,
    IStringLocalizer<AdminCoursesController> T) : Controller
{
    private string Editor => User.Identity?.Name ?? "editor";

    [HttpGet("", Name = "Courses.AdminCourses.Index")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> Index()
    {
        var latest = await store.LatestVersionsAsync(HttpContext.RequestAborted);
        var published = await store.PublishedNumbersAsync(HttpContext.RequestAborted);
        return View(latest.Select(v => new CourseRow(v.Course.Slug, v.Title, v.Number, published.GetValueOrDefault(v.CourseId), v.CreatedUtc, v.CreatedBy)).ToList());
    }

    [HttpGet("create", Name = "Courses.AdminCourses.Create")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public IActionResult Create() => View(new CourseDetailsForm());

    [HttpPost("create", Name = "Courses.AdminCourses.Create")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> Create(CourseDetailsForm form)
    {
        form.Slug = form.Slug?.Trim().ToLowerInvariant() ?? "";
        if (form.Slug.Length == 0 && !string.IsNullOrWhiteSpace(form.Title))
        {
            // Left empty: made from the title, and made unique; the editor sees it on the course's page.
            form.Slug = await CourseSlugs.UniqueAsync(CourseSlugs.FromTitle(form.Title),
                async candidate => await store.GetVersionAsync(candidate, cancellationToken: HttpContext.RequestAborted) is not null);
        }
        else if (CourseSlugs.Reserved.Contains(form.Slug))
        {
            ModelState.AddModelError(nameof(form.Slug), T["“{0}” is a word the administration uses: choose another address.", form.Slug]);
        }
        else if (ModelState.IsValid && await store.GetVersionAsync(form.Slug, cancellationToken: HttpContext.RequestAborted) is not null)
        {
            ModelState.AddModelError(nameof(form.Slug), T["Another course already has this slug."]);
        }

        await StoreCoverAsync(form, "");
        if (!ModelState.IsValid || !await SaveOrReportAsync(Definition(form, []), "", T["Course created"].Value))
        {
            return View(form);
        }

        TempData["Message"] = T["The course was created as a draft. Add modules and lessons, then publish it."].Value;
        return RedirectToRoute("Courses.AdminCourses.Edit", new { slug = form.Slug });
    }

    [HttpGet("{slug}", Name = "Courses.AdminCourses.Edit")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> Edit(string slug)
    {
        var latest = await store.GetVersionAsync(slug, cancellationToken: HttpContext.RequestAborted);
        return latest is null ? NotFound() : View(await EditModelAsync(latest, CourseDetailsForm.From(latest)));
    }

    [HttpPost("{slug}", Name = "Courses.AdminCourses.Edit")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> Edit(string slug, [Bind(Prefix = "Details")] CourseDetailsForm form)
    {
        if (await store.GetVersionAsync(slug, cancellationToken: HttpContext.RequestAborted) is not { } latest)
        {
            return NotFound();
        }

        // The slug is the course's address: it does not change here.
        form.Slug = slug;
        ModelState.Remove("Details.Slug");
        await StoreCoverAsync(form, "Details.");
        if (!ModelState.IsValid || !await SaveOrReportAsync(Definition(form, CourseStore.ToDefinition(latest).Modules), "Details.", T["Details changed"].Value))
        {
            return View(await EditModelAsync(latest, form));
        }

        TempData["Message"] = T["Saved as a new draft version."].Value;
        return RedirectToRoute("Courses.AdminCourses.Edit", new { slug });
    }

    [HttpPost("{slug}/modules", Name = "Courses.AdminCourses.AddModule")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> AddModule(string slug, string? title) =>
        Outcome(slug, await outline.AddModuleAsync(slug, title, Editor, T["Module added: {0}", title ?? ""].Value, HttpContext.RequestAborted));

    [HttpPost("{slug}/modules/{index:int}/rename", Name = "Courses.AdminCourses.RenameModule")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> RenameModule(string slug, int index, string? title) =>
        Outcome(slug, await outline.RenameModuleAsync(slug, index, title, Editor, T["Module {0} renamed: {1}", index + 1, title ?? ""].Value, HttpContext.RequestAborted));

    [HttpPost("{slug}/modules/{index:int}/move", Name = "Courses.AdminCourses.MoveModule")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> MoveModule(string slug, int index, int by) =>
        Outcome(slug, await outline.MoveModuleAsync(slug, index, by, Editor, T["Module {0} moved", index + 1].Value, HttpContext.RequestAborted));

    [HttpPost("{slug}/modules/{index:int}/delete", Name = "Courses.AdminCourses.DeleteModule")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> DeleteModule(string slug, int index) =>
        Outcome(slug, await outline.DeleteModuleAsync(slug, index, Editor, T["Module {0} deleted", index + 1].Value, HttpContext.RequestAborted));

    /// <summary>
    /// A new lesson's whole form, in one step: the outline's "Add lesson" brings its title and kind here, and the
    /// fields of every kind are on the page (a script shows only the chosen kind's). Nothing is saved until it is valid.
    /// </summary>
    [HttpGet("{slug}/modules/{index:int}/lessons/new", Name = "Courses.AdminCourses.NewLesson")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> NewLesson(string slug, int index, string? title, string? kind)
    {
        var latest = await store.GetVersionAsync(slug, cancellationToken: HttpContext.RequestAborted);
        if (latest is null || index < 0 || index >= latest.Modules.Count)
        {
            return NotFound();
        }

        var form = new LessonForm
        {
            CourseSlug = slug,
            CourseTitle = latest.Title,
            NewInModule = index,
            Title = title?.Trim() ?? "",
            Kind = kind is "video" or "resource" ? kind : "reading",
            Minutes = 5,
        };
        return View("Lesson", await WithMediaAsync(form));
    }

    /// <summary>Adds the lesson to the module as a new draft version, or shows the form again with what is wrong at each field.</summary>
    [HttpPost("{slug}/modules/{index:int}/lessons", Name = "Courses.AdminCourses.AddLesson")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> AddLesson(string slug, int index, LessonForm form, string? preview)
    {
        var latest = await store.GetVersionAsync(slug, cancellationToken: HttpContext.RequestAborted);
        if (latest is null || index < 0 || index >= latest.Modules.Count)
        {
            return NotFound();
        }

        form.CourseSlug = slug;
        form.CourseTitle = latest.Title;
        form.NewInModule = index;
        form.Kind = form.Kind?.Trim().ToLowerInvariant() ?? "";
        await WithMediaAsync(form);
        if (preview is not null)
        {
            return Previewed(form);
        }

        var key = Guid.NewGuid();
        var definition = CourseStore.ToDefinition(latest);
        var modules = definition.Modules.Select((m, i) => i == index ? m with { Lessons = [.. m.Lessons, LessonOf(form, key)] } : m).ToList();
        if (!ModelState.IsValid || !await SaveOrReportAsync(definition with { Modules = modules }, "", T["Lesson added: {0}", form.Title].Value, key))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Lesson", form);
        }

        TempData["Message"] = T["Lesson added: {0}. It is in a new draft version.", form.Title].Value;
        return Redirect(Url.RouteUrl("Courses.AdminCourses.Edit", new { slug }) + "#lesson-" + key);
    }

    [HttpGet("{slug}/lessons/{key:guid}", Name = "Courses.AdminCourses.Lesson")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> Lesson(string slug, Guid key)
    {
        var latest = await store.GetVersionAsync(slug, cancellationToken: HttpContext.RequestAborted);
        var lesson = latest?.Modules.SelectMany(m => m.Lessons).FirstOrDefault(l => l.Key == key);
        if (latest is null || lesson is null)
        {
            return NotFound();
        }

        return View(await WithMediaAsync(new LessonForm
        {
            CourseSlug = slug,
            CourseTitle = latest.Title,
            Key = key,
            Title = lesson.Title,
            Kind = lesson.Kind.ToString().ToLowerInvariant(),
            Minutes = lesson.Minutes,
            Body = lesson.Body,
            VideoUrl = lesson.VideoUrl,
            CaptionsUrl = lesson.CaptionsUrl,
            Transcript = lesson.Transcript,
            ResourceUrl = lesson.ResourceUrl,
        }));
    }

    /// <summary>Saves the lesson, or with <paramref name="preview"/> shows the body as learners will see it without saving.</summary>
    [HttpPost("{slug}/lessons/{key:guid}", Name = "Courses.AdminCourses.Lesson")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> Lesson(string slug, Guid key, LessonForm form, string? preview)
    {
        var latest = await store.GetVersionAsync(slug, cancellationToken: HttpContext.RequestAborted);
        if (latest is null || !latest.Modules.SelectMany(m => m.Lessons).Any(l => l.Key == key))
        {
            return NotFound();
        }

        form.CourseSlug = slug;
        form.CourseTitle = latest.Title;
        form.Key = key;
        form.Kind = form.Kind?.Trim().ToLowerInvariant() ?? "";
        await WithMediaAsync(form);
        if (preview is not null)
        {
            return Previewed(form);
        }

        var definition = CourseStore.ToDefinition(latest);
        var modules = definition.Modules.Select(m => m with
        {
            Lessons = m.Lessons.Select(l => l.Key == key ? LessonOf(form, key) : l).ToList(),
        }).ToList();
        if (!ModelState.IsValid || !await SaveOrReportAsync(definition with { Modules = modules }, "", T["Lesson saved: {0}", form.Title].Value, key))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        TempData["Message"] = T["The lesson was saved as a new draft version."].Value;
        return RedirectToRoute("Courses.AdminCourses.Edit", new { slug });
    }

    [HttpPost("{slug}/lessons/{key:guid}/move", Name = "Courses.AdminCourses.MoveLesson")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> MoveLesson(string slug, Guid key, int by) =>
        Outcome(slug, await outline.MoveLessonAsync(slug, key, by, Editor, T["Lesson moved"].Value, HttpContext.RequestAborted));

    [HttpPost("{slug}/lessons/{key:guid}/delete", Name = "Courses.AdminCourses.DeleteLesson")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> DeleteLesson(string slug, Guid key) =>
        Outcome(slug, await outline.DeleteLessonAsync(slug, key, Editor, T["Lesson deleted"].Value, HttpContext.RequestAborted));

    /// <summary>Publishing shows a course to learners at once: it is confirmed first, with the changes it brings them.</summary>
    [HttpGet("{slug}/publish", Name = "Courses.AdminCourses.ConfirmPublish")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> ConfirmPublish(string slug)
    {
        var history = await store.HistoryAsync(slug, HttpContext.RequestAborted);
        if (history.Count == 0)
        {
            return NotFound();
        }

        var published = history.FirstOrDefault(v => v.Published)?.Number;
        var latest = history.MaxBy(v => v.Number)!;
        var outline = await store.GetVersionAsync(slug, cancellationToken: HttpContext.RequestAborted);

        // What learners would meet that is probably a slip: said before, not refused (a course may open in stages).
        var warnings = new List<string>();
        if (latest.Hours <= 0)
        {
            warnings.Add(T["The course states 0 learning hours: its page and certificate would say so."].Value);
        }

        if (outline is not null && outline.Modules.Count == 0)
        {
            warnings.Add(T["The course has no modules yet."].Value);
        }

        foreach (var empty in outline?.Modules.Where(m => m.Lessons.Count == 0) ?? [])
        {
            warnings.Add(T["The module “{0}” has no lessons.", empty.Title].Value);
        }

        return View("Publish", new PublishViewModel
        {
            Warnings = warnings,
            Slug = slug,
            Title = latest.Title,
            PublishedNumber = published,
            LatestNumber = latest.Number,
            Changes = [.. history.Where(v => v.Number > (published ?? 0)).OrderBy(v => v.Number).Select(v => v.ChangeNote).Where(n => n.Length > 0)],
        });
    }

    [HttpPost("{slug}/publish", Name = "Courses.AdminCourses.Publish")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> Publish(string slug)
    {
        if (!await store.PublishLatestAsync(slug, Editor, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Message"] = T["Published: learners now see the course as it is here."].Value;
        return RedirectToRoute("Courses.AdminCourses.Edit", new { slug });
    }

    [HttpGet("{slug}/unpublish", Name = "Courses.AdminCourses.Unpublish")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> Unpublish(string slug)
    {
        var latest = await store.GetVersionAsync(slug, cancellationToken: HttpContext.RequestAborted);
        return latest is null ? NotFound() : View(latest);
    }

    [HttpPost("{slug}/unpublish", Name = "Courses.AdminCourses.UnpublishConfirmed")]
    [ActionName(nameof(Unpublish))]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> UnpublishConfirmed(string slug)
    {
        if (await store.GetVersionAsync(slug, cancellationToken: HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        await store.UnpublishAsync(slug, Editor, HttpContext.RequestAborted);
        TempData["Message"] = T["The course is no longer visible to learners."].Value;
        return RedirectToRoute("Courses.AdminCourses.Edit", new { slug });
    }

    [HttpGet("{slug}/history", Name = "Courses.AdminCourses.History")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> History(string slug)
    {
        var versions = await store.HistoryAsync(slug, HttpContext.RequestAborted);
        ViewData["Slug"] = slug;
        return versions.Count == 0 ? NotFound() : View(versions);
    }

    /// <summary>Restoring saves the old version again as the newest draft: nothing in between is lost.</summary>
    [HttpPost("{slug}/history/{number:int}/restore", Name = "Courses.AdminCourses.Restore")]
    [RequirePermission(nameof(Permissions.ManageCourses))]
    public async Task<IActionResult> Restore(string slug, int number)
    {
        if (await store.GetVersionAsync(slug, number, HttpContext.RequestAborted) is not { } old)
        {
            return NotFound();
        }

        await SaveOrReportAsync(CourseStore.ToDefinition(old), "", T["Version {0} restored", number].Value);
        TempData["Message"] = T["Version {0} was restored as a new draft. Publish it to show it to learners.", number].Value;
        return RedirectToRoute("Courses.AdminCourses.Edit", new { slug });
    }

    /// <summary>Back to the course page, with the first reason the outline could not be saved and where it is.</summary>
    private IActionResult Outcome(string slug, OutlineChange change)
    {
        if (!change.Found)
        {
            return NotFound();
        }

        if (change.Errors.Count > 0 && change.Errors[0] is var error)
        {
            TempData["Error"] = error switch
            {
                { Module: { } module, Lesson: { } lesson } => T["Module {0}, lesson {1}: {2}", module, lesson, T[error.Message]].Value,
                { Module: { } module } => T["Module {0}: {1}", module, T[error.Message]].Value,
                _ => T[error.Message].Value,
            };
        }

        return RedirectToRoute("Courses.AdminCourses.Edit", new { slug });
    }

    /// <summary>
    /// Saves; each error goes to the form field it concerns (<paramref name="fieldPrefix"/> + field for the course's
    /// details, the field itself in the editor of lesson <paramref name="lessonKey"/>), others to the summary with their place.
    /// </summary>
    /// <summary>The lesson as the form says; a video from the media library whose length is known takes its minutes from it.</summary>
    private static LessonDefinition LessonOf(LessonForm form, Guid key) =>
        new(form.Title, form.Kind, form.Body ?? "", form.Kind == "video" ? form.VideoUrl : null, form.Kind == "video" ? form.CaptionsUrl : null,
            form.Kind == "video" ? form.Transcript ?? "" : "", form.Kind == "resource" ? form.ResourceUrl : null,
            form.VideoLength is { } length ? Math.Max(1, (int)Math.Ceiling(length.TotalMinutes)) : form.Minutes, key);

    /// <summary>The library's files for the pickers, and the chosen video's length when the library knows it.</summary>
    private async Task<LessonForm> WithMediaAsync(LessonForm form)
    {
        if (mediaLibrary.FirstOrDefault() is { } library)
        {
            form.Media = await library.ListAsync(200, HttpContext.RequestAborted);
            form.VideoLength = form.Kind == "video" ? (await library.FindAsync(form.VideoUrl, HttpContext.RequestAborted))?.Duration : null;
        }

        return form;
    }

    /// <summary>The form again with the lesson as learners will see it (text and video), nothing saved.</summary>
    private ViewResult Previewed(LessonForm form)
    {
        ModelState.Clear();
        form.PreviewHtml = renderer.RenderMarkdown(form.Body ?? "");
        form.PreviewPlayerUrl = form.Kind == "video" ? VideoEmbed.PlayerUrl(form.VideoUrl) : null;
        return View("Lesson", form);
    }

    private async Task<bool> SaveOrReportAsync(CourseDefinition definition, string fieldPrefix, string changeNote, Guid? lessonKey = null)
    {
        var errors = await store.SaveAsync(definition, Editor, changeNote, HttpContext.RequestAborted);
        foreach (var error in errors)
        {
            var field = lessonKey is not null ? (error.LessonKey == lessonKey ? error.Field : null) : (error.Module is null ? fieldPrefix + error.Field : null);
            ModelState.AddModelError(field ?? "", field is null ? $"{error.Where}: {T[error.Message]}" : T[error.Message]);
        }

        return errors.Count == 0;
    }

    /// <summary>
    /// Stores a cover chosen on the form (redrawn without camera data) and points the course at it. Earlier
    /// covers stay in the media library: the course's history may still show them.
    /// </summary>
    private async Task StoreCoverAsync(CourseDetailsForm form, string prefix)
    {
        if (form.Cover is not { Length: > 0 } cover || pictures.FirstOrDefault() is not { } uploads)
        {
            return;
        }

        // Stored only with a form that can be saved, so a refused form leaves no picture online.
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(prefix + nameof(form.Cover), T["Choose the picture again once the other fields are right; it was not kept."]);
            return;
        }

        await using var content = cover.OpenReadStream();
        var stored = await uploads.SaveAsync(content, cover.FileName, cover.Length, Editor, HttpContext.RequestAborted);
        if (stored.Problem is { } problem)
        {
            ModelState.AddModelError(prefix + nameof(form.Cover), T[problem]);
            return;
        }

        form.CoverImageUrl = stored.Address;
        ModelState.Remove(prefix + nameof(form.CoverImageUrl));
    }

    private static CourseDefinition Definition(CourseDetailsForm form, IReadOnlyList<ModuleDefinition> modules) => new(
        form.Slug ?? "", form.Title ?? "", form.Summary ?? "", form.Language ?? "es", form.Hours, form.TopicList, form.Level ?? "",
        form.Prerequisites ?? "", string.IsNullOrWhiteSpace(form.CoverImageUrl) ? null : form.CoverImageUrl.Trim(), Published: false, modules);

    private async Task<CourseEditViewModel> EditModelAsync(CourseVersion latest, CourseDetailsForm form) => new()
    {
        Latest = latest,
        Details = form,
        PublishedNumber = (await store.PublishedNumbersAsync(HttpContext.RequestAborted)).GetValueOrDefault(latest.CourseId),
        AllParts = await editor.PartsAsync(CourseDirectory.OutlineOf(latest), User, HttpContext.RequestAborted),
    };
}
