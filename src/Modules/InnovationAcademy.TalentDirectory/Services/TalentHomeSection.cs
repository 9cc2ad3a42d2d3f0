using System.Security.Claims;
using InnovationAcademy.Core.Home;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>The home page's way into the talent directory: how many people it holds, and its largest sectors as shortcuts.</summary>
internal sealed class TalentHomeSection(TalentFacets facets) : IHomeSection
{
    public async Task<HomeBlock?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var counts = await facets.GetAsync(cancellationToken);
        return counts.Public == 0 ? null : new HomeBlock(60, "_HomeTalent", counts);
    }
}
