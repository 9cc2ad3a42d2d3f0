using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InnovationAcademy.Cohorts.Api;

/// <summary><c>GET /api/cohorts/{slug}/report</c>: a cohort's figures as JSON, for course administrators and up.</summary>
internal static class CohortReportApi
{
    public static void Map(IEndpointRouteBuilder routes) => routes.MapGet("/api/cohorts/{slug}/report", ReportAsync);

    private static async Task<IResult> ReportAsync(string slug, HttpContext context, IAuthorizationService authorization, CohortCatalog catalog, CohortReports reports)
    {
        if (!await authorization.AuthorizeAsync(context.User, Permissions.ManageCohorts))
        {
            // A script asking without credentials gets 401, not the sign-in page a browser would be sent to.
            return context.User.Identity?.IsAuthenticated == true ? Results.StatusCode(StatusCodes.Status403Forbidden) : Results.Unauthorized();
        }

        var cohort = await catalog.FindAsync(slug, context.RequestAborted);
        return cohort is null ? Results.NotFound() : Results.Ok(await reports.ReportAsync(cohort, context.RequestAborted));
    }
}
