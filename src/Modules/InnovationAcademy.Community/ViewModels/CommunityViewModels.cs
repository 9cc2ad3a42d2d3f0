using InnovationAcademy.Community.Models;
using InnovationAcademy.Community.Services;
using InnovationAcademy.Core.Web;

namespace InnovationAcademy.Community.ViewModels;

/// <summary>A new thread (title and opening message) or a reply (message only), as posted.</summary>
internal sealed class CommunityPostForm
{
    public string? Title { get; set; }

    public string? Body { get; set; }

    /// <summary>Made when the form is shown and kept when it comes back with errors; a repeat of a sent form carries the same key.</summary>
    public Guid Key { get; set; } = Guid.NewGuid();
}

internal sealed class CommunitySpaceViewModel
{
    public required CommunitySpace Space { get; init; }

    public required CommunityAccess Access { get; init; }

    public required Page<ThreadRow> Threads { get; init; }

    /// <summary>Reported posts waiting for a moderator (moderators only).</summary>
    public int ReportedPosts { get; init; }

    public required CommunityPostForm Form { get; init; }

    public string Link(int page) => Space.Address + (page > 1 ? $"?page={page}" : "");
}

internal sealed class CommunityThreadViewModel
{
    public required CommunitySpace Space { get; init; }

    public required CommunityAccess Access { get; init; }

    public required CommunityThread Thread { get; init; }

    public required Page<PostRow> Posts { get; init; }

    public required string UserId { get; init; }

    public required CommunityPostForm Form { get; init; }

    public bool Moderates => Access == CommunityAccess.Moderator;

    public string Link(int page) => $"{Space.Address}/{Thread.Id}" + (page > 1 ? $"?page={page}" : "");
}

internal sealed record CommunityReportsViewModel(CommunitySpace Space, IReadOnlyList<ReportedPost> Posts);
