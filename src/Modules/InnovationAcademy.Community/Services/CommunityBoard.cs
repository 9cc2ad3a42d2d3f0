using InnovationAcademy.Community.Models;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Users;
using InnovationAcademy.Core.Web;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Community.Services;

internal sealed record ThreadRow(int Id, string Title, string AuthorName, DateTime CreatedUtc, DateTime LastPostUtc, int PostCount, bool Locked, bool Pinned);

internal sealed record PostRow(int Id, string AuthorId, string AuthorName, string Body, DateTime CreatedUtc, bool Hidden, bool Deleted, bool ReportedByMe);

/// <summary>A post members reported, with every open report's reason, for the moderators' queue.</summary>
internal sealed record ReportedPost(int PostId, int ThreadId, string ThreadTitle, string AuthorName, string Body, bool Hidden, IReadOnlyList<string> Reasons);

internal enum ReportOutcome
{
    Reported,
    AlreadyReported,

    /// <summary>This report was the one that reached <see cref="CommunityLimits.ReportsThatHide"/>: the post is hidden until a moderator looks.</summary>
    HiddenForReview,
}

/// <summary>
/// The conversations of a space: threads and replies in plain text, reports by members, and moderation by
/// those the space's owner names. Hidden and deleted posts keep their place in the thread as a placeholder, so replies still make sense.
/// </summary>
internal sealed class CommunityBoard(AcademyDbContext db, IUserDirectory users, IAuditLog audit, TimeProvider clock)
{
    public const int ThreadsPerPage = 20;

    public const int PostsPerPage = 30;

    /// <summary>Pinned threads first, then the most recently active.</summary>
    public async Task<Page<ThreadRow>> ThreadsAsync(string spaceKey, int? page, CancellationToken cancellationToken = default)
    {
        var threads = db.Set<CommunityThread>().AsNoTracking().Where(t => t.SpaceKey == spaceKey);
        var total = await threads.CountAsync(cancellationToken);
        var number = Paging.Clamp(page, (total + ThreadsPerPage - 1) / ThreadsPerPage);
        var shown = await threads.OrderByDescending(t => t.Pinned).ThenByDescending(t => t.LastPostUtc).ThenByDescending(t => t.Id)
            .Skip((number - 1) * ThreadsPerPage).Take(ThreadsPerPage).ToListAsync(cancellationToken);
        var authors = await users.FindManyAsync(shown.Select(t => t.AuthorId), cancellationToken);
        var rows = shown.Select(t => new ThreadRow(t.Id, t.Title, NameOf(authors, t.AuthorId), t.CreatedUtc, t.LastPostUtc, t.PostCount, t.Locked, t.Pinned)).ToList();
        return new Page<ThreadRow>(rows, number, ThreadsPerPage, total);
    }

    public Task<CommunityThread?> FindThreadAsync(string spaceKey, int threadId, CancellationToken cancellationToken = default) =>
        db.Set<CommunityThread>().FirstOrDefaultAsync(t => t.Id == threadId && t.SpaceKey == spaceKey, cancellationToken);

    /// <summary>The post, only if it belongs to a thread of this space (ids from a form are never trusted alone).</summary>
    public async Task<(CommunityPost Post, CommunityThread Thread)?> FindPostAsync(string spaceKey, int postId, CancellationToken cancellationToken = default)
    {
        var found = await (from post in db.Set<CommunityPost>()
                           join thread in db.Set<CommunityThread>() on post.ThreadId equals thread.Id
                           where post.Id == postId && thread.SpaceKey == spaceKey
                           select new { post, thread }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.post, found.thread);
    }

    public async Task<Page<PostRow>> PostsAsync(CommunityThread thread, string userId, int? page, CancellationToken cancellationToken = default)
    {
        var posts = db.Set<CommunityPost>().AsNoTracking().Where(p => p.ThreadId == thread.Id);
        var total = await posts.CountAsync(cancellationToken);
        var number = Paging.Clamp(page, (total + PostsPerPage - 1) / PostsPerPage);
        var shown = await posts.OrderBy(p => p.CreatedUtc).ThenBy(p => p.Id)
            .Select(post => new { post, Reported = db.Set<CommunityReport>().Any(r => r.PostId == post.Id && r.ReporterId == userId && r.ResolvedUtc == null) })
            .Skip((number - 1) * PostsPerPage).Take(PostsPerPage).ToListAsync(cancellationToken);
        var authors = await users.FindManyAsync(shown.Select(p => p.post.AuthorId), cancellationToken);
        var rows = shown.Select(p => new PostRow(p.post.Id, p.post.AuthorId, NameOf(authors, p.post.AuthorId), p.post.Body, p.post.CreatedUtc,
            p.post.HiddenUtc != null, p.post.DeletedUtc != null, p.Reported)).ToList();
        return new Page<PostRow>(rows, number, PostsPerPage, total);
    }

    /// <summary>Starts a thread with its opening post; the same form sent twice (same key) answers the thread the first made.</summary>
    public async Task<CommunityThread> StartThreadAsync(string spaceKey, string userId, string title, string body, Guid key, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var thread = new CommunityThread { SpaceKey = spaceKey, Title = title, AuthorId = userId, CreatedUtc = now, LastPostUtc = now, PostCount = 1, SubmissionKey = key };
        db.Add(thread);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await db.Set<CommunityThread>().FirstAsync(t => t.AuthorId == userId && t.SubmissionKey == key, cancellationToken);
        }

        db.Add(new CommunityPost { ThreadId = thread.Id, AuthorId = userId, Body = body, CreatedUtc = now, SubmissionKey = key });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return thread;
    }

    /// <summary>Adds a reply; false when the thread is locked.</summary>
    public async Task<bool> ReplyAsync(CommunityThread thread, string userId, string body, Guid key, CancellationToken cancellationToken = default)
    {
        if (thread.Locked)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(new CommunityPost { ThreadId = thread.Id, AuthorId = userId, Body = body, CreatedUtc = now, SubmissionKey = key });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same form sent twice (a double click, a retry): the first one posted it.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return true;
        }

        // Counted by the database: two people replying at once both count (a read-modify-write would lose one).
        await db.Set<CommunityThread>().Where(t => t.Id == thread.Id).ExecuteUpdateAsync(set => set
            .SetProperty(t => t.PostCount, t => t.PostCount + 1)
            .SetProperty(t => t.LastPostUtc, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<ReportOutcome> ReportAsync(CommunityPost post, string userId, string reason, CancellationToken cancellationToken = default)
    {
        if (await db.Set<CommunityReport>().AnyAsync(r => r.PostId == post.Id && r.ReporterId == userId && r.ResolvedUtc == null, cancellationToken))
        {
            return ReportOutcome.AlreadyReported;
        }

        // A member whose earlier report was settled may report the post again: the old report makes way.
        await db.Set<CommunityReport>().Where(r => r.PostId == post.Id && r.ReporterId == userId).ExecuteDeleteAsync(cancellationToken);
        db.Add(new CommunityReport { PostId = post.Id, ReporterId = userId, Reason = reason, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        var open = await db.Set<CommunityReport>().CountAsync(r => r.PostId == post.Id && r.ResolvedUtc == null, cancellationToken);
        if (open < CommunityLimits.ReportsThatHide || !post.Visible)
        {
            return ReportOutcome.Reported;
        }

        post.HiddenUtc = clock.GetUtcNow().UtcDateTime;
        post.HiddenBy = "reports";
        await RefreshAsync(post.ThreadId, cancellationToken);
        audit.Record("community.post-hidden", $"#{post.Id}", AuditNote.Counted(open, "1 member reported it", "{0} members reported it"));
        await db.SaveChangesAsync(cancellationToken);
        return ReportOutcome.HiddenForReview;
    }

    /// <summary>A moderator hides a post (settling its reports) or restores it (dismissing them).</summary>
    public async Task ModerateAsync(CommunityPost post, bool hide, string by, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        post.HiddenUtc = hide ? post.HiddenUtc ?? now : null;
        post.HiddenBy = hide ? by : null;
        await db.Set<CommunityReport>().Where(r => r.PostId == post.Id && r.ResolvedUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ResolvedUtc, now).SetProperty(r => r.ResolvedBy, by), cancellationToken);
        await RefreshAsync(post.ThreadId, cancellationToken);
        audit.Record(hide ? "community.post-hidden" : "community.post-kept", $"#{post.Id}", AuditNote.Say("by {0}", by));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The author removes their own post; false for someone else's.</summary>
    public async Task<bool> DeleteOwnAsync(CommunityPost post, string userId, CancellationToken cancellationToken = default)
    {
        if (post.AuthorId != userId)
        {
            return false;
        }

        post.DeletedUtc ??= clock.GetUtcNow().UtcDateTime;
        await RefreshAsync(post.ThreadId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task SetThreadAsync(CommunityThread thread, bool? locked, bool? pinned, string by, CancellationToken cancellationToken = default)
    {
        thread.Locked = locked ?? thread.Locked;
        thread.Pinned = pinned ?? thread.Pinned;
        audit.Record("community.thread-changed", thread.Title, AuditNote.Say("{0}, {1}, by {2}", AuditNote.Word(thread.Locked ? "locked" : "open"), AuditNote.Word(thread.Pinned ? "pinned" : "not pinned"), by));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Posts with open reports, most reported first.</summary>
    public async Task<IReadOnlyList<ReportedPost>> OpenReportsAsync(string spaceKey, CancellationToken cancellationToken = default)
    {
        var reports = await (from report in db.Set<CommunityReport>().AsNoTracking()
                             join post in db.Set<CommunityPost>() on report.PostId equals post.Id
                             join thread in db.Set<CommunityThread>() on post.ThreadId equals thread.Id
                             where thread.SpaceKey == spaceKey && report.ResolvedUtc == null
                             select new { post.Id, post.ThreadId, thread.Title, post.AuthorId, post.Body, Hidden = post.HiddenUtc != null, report.Reason })
            .ToListAsync(cancellationToken);
        var authors = await users.FindManyAsync(reports.Select(r => r.AuthorId), cancellationToken);
        return reports.GroupBy(r => r.Id)
            .Select(g => new ReportedPost(g.Key, g.First().ThreadId, g.First().Title, NameOf(authors, g.First().AuthorId), g.First().Body, g.First().Hidden, [.. g.Select(r => r.Reason)]))
            .OrderByDescending(r => r.Reasons.Count).ThenBy(r => r.PostId).ToList();
    }

    /// <summary>How many posts wait for a moderator's look (however many members reported each).</summary>
    public Task<int> ReportedPostCountAsync(string spaceKey, CancellationToken cancellationToken = default) =>
        (from post in db.Set<CommunityPost>()
         join thread in db.Set<CommunityThread>() on post.ThreadId equals thread.Id
         where thread.SpaceKey == spaceKey && db.Set<CommunityReport>().Any(r => r.PostId == post.Id && r.ResolvedUtc == null)
         select post.Id).CountAsync(cancellationToken);

    /// <summary>Recounts a thread's visible posts and its latest activity after a post was hidden, restored or deleted.</summary>
    private async Task RefreshAsync(int threadId, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var thread = await db.Set<CommunityThread>().FirstAsync(t => t.Id == threadId, cancellationToken);
        var visible = db.Set<CommunityPost>().Where(p => p.ThreadId == threadId && p.HiddenUtc == null && p.DeletedUtc == null);
        thread.PostCount = await visible.CountAsync(cancellationToken);
        thread.LastPostUtc = await visible.MaxAsync(p => (DateTime?)p.CreatedUtc, cancellationToken) ?? thread.CreatedUtc;
    }

    /// <summary>An author's name; a person whose account is gone is shown as such rather than dropping the post.</summary>
    private static string NameOf(IReadOnlyDictionary<string, UserCard> authors, string authorId) =>
        authors.GetValueOrDefault(authorId)?.DisplayName ?? "—";
}
