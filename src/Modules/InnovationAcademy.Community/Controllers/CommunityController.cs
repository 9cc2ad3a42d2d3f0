using System.Security.Claims;
using InnovationAcademy.Community.Models;
using InnovationAcademy.Community.Services;
using InnovationAcademy.Community.ViewModels;
using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Community.Controllers;

/// <summary>
/// A community space at <c>/{kind}/{slug}/community</c> (<c>/cohorts/creando-2027/community</c>): open to the
/// members and moderators its owning module names; every action checks both the access and that the thread or post
/// belongs to this space.
/// </summary>
[Authorize]
[Route("{kind:alpha}/{slug}/community")]
internal sealed class CommunityController(
    CommunitySpaces spaces,
    CommunityBoard community,
    IStringLocalizer<CommunityController> T) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("", Name = "Community.Community.Index")]
    public async Task<IActionResult> Index(string kind, string slug, int? page)
    {
        var (space, access) = await EnterAsync(kind, slug);
        if (space is null || access == CommunityAccess.None)
        {
            return Refused(space);
        }

        return View(await SpaceAsync(space, access, page, new CommunityPostForm()));
    }

    [HttpPost("threads", Name = "Community.Community.Start")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Start(string kind, string slug, CommunityPostForm form)
    {
        var (space, access) = await EnterAsync(kind, slug);
        if (space is null || access == CommunityAccess.None)
        {
            return Refused(space);
        }

        Validate(form, needsTitle: true);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await SpaceAsync(space, access, 1, form));
        }

        var thread = await community.StartThreadAsync(space.Key, UserId, form.Title!.Trim(), form.Body!.Trim(), form.Key, HttpContext.RequestAborted);
        return Redirect($"{space.Address}/{thread.Id}");
    }

    [HttpGet("{threadId:int}", Name = "Community.Community.Thread")]
    public async Task<IActionResult> Thread(string kind, string slug, int threadId, int? page)
    {
        var (space, access) = await EnterAsync(kind, slug);
        if (space is null || access == CommunityAccess.None)
        {
            return Refused(space);
        }

        var thread = await community.FindThreadAsync(space.Key, threadId, HttpContext.RequestAborted);
        return thread is null ? NotFound() : View(await ThreadPageAsync(space, access, thread, page, new CommunityPostForm()));
    }

    [HttpPost("{threadId:int}/replies", Name = "Community.Community.Reply")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reply(string kind, string slug, int threadId, CommunityPostForm form)
    {
        var (space, access) = await EnterAsync(kind, slug);
        if (space is null || access == CommunityAccess.None)
        {
            return Refused(space);
        }

        var thread = await community.FindThreadAsync(space.Key, threadId, HttpContext.RequestAborted);
        if (thread is null)
        {
            return NotFound();
        }

        Validate(form, needsTitle: false);
        if (thread.Locked)
        {
            ModelState.AddModelError(nameof(form.Body), T["This thread is closed to new replies."]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Thread", await ThreadPageAsync(space, access, thread, int.MaxValue, form));
        }

        await community.ReplyAsync(thread, UserId, form.Body!.Trim(), form.Key, HttpContext.RequestAborted);
        return Redirect($"{space.Address}/{threadId}?page={int.MaxValue}#reply");
    }

    [HttpPost("posts/{postId:int}/report", Name = "Community.Community.Report")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Report(string kind, string slug, int postId, string? reason, int? page)
    {
        var (space, access) = await EnterAsync(kind, slug);
        if (space is null || access == CommunityAccess.None)
        {
            return Refused(space);
        }

        if (await community.FindPostAsync(space.Key, postId, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        var text = (reason ?? "").Trim();
        TempData["Message"] = text.Length == 0 ? T["Say briefly what is wrong with the message, so that the moderators can judge."].Value
            : text.Length > CommunityLimits.ReasonLength ? T["Write up to {0} characters.", CommunityLimits.ReasonLength].Value
            : found.Post.AuthorId == UserId ? T["You cannot report your own message; delete it instead."].Value
            : await community.ReportAsync(found.Post, UserId, text, HttpContext.RequestAborted) switch
            {
                ReportOutcome.AlreadyReported => T["You have already reported this message."].Value,
                ReportOutcome.HiddenForReview => T["Thank you. Several members reported this message: it is hidden until a moderator reviews it."].Value,
                _ => T["Thank you. The moderators will review the message."].Value,
            };
        return Redirect($"{space.Address}/{found.Thread.Id}?page={page ?? 1}#post-{postId}");
    }

    [HttpPost("posts/{postId:int}/delete", Name = "Community.Community.Delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string kind, string slug, int postId, int? page)
    {
        var (space, access) = await EnterAsync(kind, slug);
        if (space is null || access == CommunityAccess.None)
        {
            return Refused(space);
        }

        if (await community.FindPostAsync(space.Key, postId, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        if (!await community.DeleteOwnAsync(found.Post, UserId, HttpContext.RequestAborted))
        {
            return this.Denied();
        }

        TempData["Message"] = T["Your message was deleted."].Value;
        return Redirect($"{space.Address}/{found.Thread.Id}?page={page ?? 1}#post-{postId}");
    }

    /// <summary>Moderators: <c>hide</c> or <c>restore</c> a post; either settles its open reports.</summary>
    [HttpPost("posts/{postId:int}/{decision:regex(^(hide|restore)$)}", Name = "Community.Community.Moderate")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Moderate(string kind, string slug, int postId, string decision, string? returnTo)
    {
        var (space, access) = await EnterAsync(kind, slug);
        if (space is null || access != CommunityAccess.Moderator)
        {
            return space is null ? NotFound() : this.Denied();
        }

        if (await community.FindPostAsync(space.Key, postId, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        var hide = decision == "hide";
        await community.ModerateAsync(found.Post, hide, User.Identity!.Name!, HttpContext.RequestAborted);
        TempData["Message"] = hide ? T["The message is hidden; its reports are settled."].Value : T["The message is visible again; its reports are settled."].Value;
        return Redirect(returnTo == "reports" ? $"{space.Address}/reports" : $"{space.Address}/{found.Thread.Id}#post-{postId}");
    }

    /// <summary>Moderators: lock or unlock a thread to replies, pin or unpin it at the top.</summary>
    [HttpPost("{threadId:int}/{change:regex(^(lock|unlock|pin|unpin)$)}", Name = "Community.Community.ChangeThread")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangeThread(string kind, string slug, int threadId, string change)
    {
        var (space, access) = await EnterAsync(kind, slug);
        if (space is null || access != CommunityAccess.Moderator)
        {
            return space is null ? NotFound() : this.Denied();
        }

        var thread = await community.FindThreadAsync(space.Key, threadId, HttpContext.RequestAborted);
        if (thread is null)
        {
            return NotFound();
        }

        await community.SetThreadAsync(thread,
            change switch { "lock" => true, "unlock" => false, _ => null },
            change switch { "pin" => true, "unpin" => false, _ => null },
            User.Identity!.Name!, HttpContext.RequestAborted);
        return Redirect($"{space.Address}/{threadId}");
    }

    /// <summary>Moderators: the posts members reported, to hide or keep.</summary>
    [HttpGet("reports", Name = "Community.Community.Reports")]
    public async Task<IActionResult> Reports(string kind, string slug)
    {
        var (space, access) = await EnterAsync(kind, slug);
        if (space is null || access != CommunityAccess.Moderator)
        {
            return space is null ? NotFound() : this.Denied();
        }

        return View(new CommunityReportsViewModel(space, await community.OpenReportsAsync(space.Key, HttpContext.RequestAborted)));
    }

    private Task<(CommunitySpace? Space, CommunityAccess Access)> EnterAsync(string kind, string slug) =>
        spaces.EnterAsync(kind, slug, User, HttpContext.RequestAborted);

    /// <summary>No such space: 404. Not a member: 403 with a page that says whose space this is.</summary>
    private IActionResult Refused(CommunitySpace? space)
    {
        if (space is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("Closed", space);
    }

    private void Validate(CommunityPostForm form, bool needsTitle)
    {
        if (needsTitle && string.IsNullOrWhiteSpace(form.Title))
        {
            ModelState.AddModelError(nameof(form.Title), T["Give the thread a title."]);
        }
        else if (needsTitle && form.Title!.Trim().Length > CommunityLimits.TitleLength)
        {
            ModelState.AddModelError(nameof(form.Title), T["Write up to {0} characters.", CommunityLimits.TitleLength]);
        }

        if (string.IsNullOrWhiteSpace(form.Body))
        {
            ModelState.AddModelError(nameof(form.Body), T["Write your message."]);
        }
        else if (form.Body.Trim().Length > CommunityLimits.BodyLength)
        {
            ModelState.AddModelError(nameof(form.Body), T["Write up to {0} characters.", CommunityLimits.BodyLength]);
        }
    }

    private async Task<CommunitySpaceViewModel> SpaceAsync(CommunitySpace space, CommunityAccess access, int? page, CommunityPostForm form) => new()
    {
        Space = space,
        Access = access,
        Threads = await community.ThreadsAsync(space.Key, page, HttpContext.RequestAborted),
        ReportedPosts = access == CommunityAccess.Moderator ? await community.ReportedPostCountAsync(space.Key, HttpContext.RequestAborted) : 0,
        Form = form,
    };

    private async Task<CommunityThreadViewModel> ThreadPageAsync(CommunitySpace space, CommunityAccess access, CommunityThread thread, int? page, CommunityPostForm form) => new()
    {
        Space = space,
        Access = access,
        Thread = thread,
        Posts = await community.PostsAsync(thread, UserId, page, HttpContext.RequestAborted),
        UserId = UserId,
        Form = form,
    };
}
