using System.Security.Claims;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Core.Navigation;

/// <summary>Something waiting for the person reading the dashboard: "3 hand-ins to grade in «Laboratorios»", and where to do it.</summary>
public sealed record WaitingWork(LocalizedString Text, int Count, string Url, int Position);

/// <summary>
/// A module's share of the admin dashboard: what waits for this person in it, by their permissions (hand-ins to grade,
/// questions to answer, sign-ups to decide, profiles to review, e-mails that failed). Nothing waiting: an empty list.
/// </summary>
public interface IWaitingWorkProvider
{
    Task<IReadOnlyList<WaitingWork>> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
