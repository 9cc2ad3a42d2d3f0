using System.Security.Claims;
using InnovationAcademy.Core.Security;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Core.Navigation;

/// <summary>One entry of a menu; shown only to users who hold <see cref="Permission"/>.</summary>
public sealed record MenuItem(LocalizedString Text, string Url, int Position, Permission? Permission)
{
    /// <summary>Shown to every signed-in user and to no visitor ("My courses").</summary>
    public bool SignedInOnly { get; init; }

    /// <summary>
    /// Shown only when this answers true for the user ("My journey" once they have signed up to a cohort). Asked on
    /// every page that shows the menu, so it must be cheap: cache what it reads.
    /// </summary>
    public Func<ClaimsPrincipal, CancellationToken, Task<bool>>? ShownWhen { get; init; }
}
