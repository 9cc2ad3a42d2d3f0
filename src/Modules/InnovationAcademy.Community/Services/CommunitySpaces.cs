using System.Security.Claims;
using InnovationAcademy.Core.Features;

namespace InnovationAcademy.Community.Services;

/// <summary>Who may do what in a community space.</summary>
public enum CommunityAccess
{
    /// <summary>Not a member: the space is private to its people.</summary>
    None,

    /// <summary>A member (a cohort's accepted participant, during the cohort and after it as an alumna or alumnus).</summary>
    Member,

    /// <summary>A moderator: also hides and restores posts, locks and pins threads, settles reports.</summary>
    Moderator,
}

/// <summary>
/// A discussion space another module opens for its people. <see cref="Key"/> names it in the community's tables
/// ("cohort:12"); <see cref="Address"/> is where its pages live (<c>/cohorts/creando-2027/community</c>); the texts
/// come from the owning module, in the reader's language.
/// </summary>
public sealed record CommunitySpace(string Key, string Title, string HomeUrl, string Address, string Intro, string ClosedNotice);

/// <summary>
/// Opens community spaces for one kind of thing: the pages at <c>/{Kind}/{slug}/community</c>. The owner decides
/// who belongs and who moderates; the community keeps the conversations.
/// </summary>
public interface ICommunitySpaceProvider
{
    /// <summary>The first segment of the spaces' addresses ("cohorts").</summary>
    string Kind { get; }

    Task<CommunitySpace?> FindAsync(string slug, CancellationToken cancellationToken);

    Task<CommunityAccess> AccessAsync(CommunitySpace space, ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <summary>Finds a space among the enabled modules' providers.</summary>
internal sealed class CommunitySpaces(IEnumerable<ICommunitySpaceProvider> providers, IEnabledExtensions enabled)
{
    public async Task<(CommunitySpace? Space, CommunityAccess Access)> EnterAsync(string kind, string slug, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var provider = (await enabled.FilterAsync(providers, cancellationToken)).FirstOrDefault(p => string.Equals(p.Kind, kind, StringComparison.Ordinal));
        if (provider is null || await provider.FindAsync(slug, cancellationToken) is not { } space)
        {
            return (null, CommunityAccess.None);
        }

        return (space, user.Identity?.IsAuthenticated == true ? await provider.AccessAsync(space, user, cancellationToken) : CommunityAccess.None);
    }
}
