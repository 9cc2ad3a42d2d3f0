using System.Security.Claims;

namespace InnovationAcademy.Core.Home;

/// <summary>
/// One block of the home page: the module's partial view (under its <c>Views/Shared</c>, named after the module so
/// that names never collide) and what it shows. Blocks are laid out by <see cref="Position"/>.
/// </summary>
public sealed record HomeBlock(int Position, string PartialName, object Model);

/// <summary>
/// A module's part of the home page (Orchard's widgets in a zone, reduced to what a home page needs). The home page
/// asks every enabled module's sections and shows the blocks they return; a section with nothing to show (no
/// courses yet, a visitor who is not signed in) returns null.
/// </summary>
public interface IHomeSection
{
    Task<HomeBlock?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <summary>The output-cache tag of the home page that anonymous visitors see: modules evict it when what it lists changes.</summary>
public static class HomePage
{
    public const string CacheTag = "home";
}
