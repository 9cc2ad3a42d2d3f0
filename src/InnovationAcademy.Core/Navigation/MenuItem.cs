using InnovationAcademy.Core.Security;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Core.Navigation;

/// <summary>One entry of a menu; shown only to users who hold <see cref="Permission"/>.</summary>
public sealed record MenuItem(LocalizedString Text, string Url, int Position, Permission? Permission)
{
    /// <summary>Shown to every signed-in user and to no visitor ("My courses").</summary>
    public bool SignedInOnly { get; init; }
}
