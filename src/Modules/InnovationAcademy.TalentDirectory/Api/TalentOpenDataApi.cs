using InnovationAcademy.Core.Web;
using InnovationAcademy.TalentDirectory.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;

namespace InnovationAcademy.TalentDirectory.Api;

/// <summary>
/// Open data, for anyone: <c>GET /api/talent</c> (GeoJSON FeatureCollection) and <c>GET /api/talent.csv</c>, with the
/// directory's filters (<c>q, sector, region, skill, cohort</c>). Public profiles and public fields only; the licence is
/// in the body and in a <c>Link: rel="license"</c> header.
/// </summary>
internal static class TalentOpenDataApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        // The same for every caller until the directory changes: made once, then served from the output cache.
        var cached = new OutputCacheAttribute { PolicyName = PublicPageCachePolicy.Name, Tags = [TalentDirectoryChanges.PageTag] };
        routes.MapGet("/api/talent", GeoJsonAsync).WithMetadata(cached);
        routes.MapGet("/api/talent.csv", CsvAsync).WithMetadata(cached);
    }

    private static async Task<IResult> GeoJsonAsync(HttpContext context, TalentDirectoryQuery directory, ISiteUrls urls, string? q, int? sector, string? region, string? skill, int? cohort)
    {
        var cards = await directory.AllAsync(new TalentSearch(q, sector, region, skill, cohort), context.RequestAborted);
        context.Response.Headers.Link = $"<{TalentOpenData.LicenceUrl}>; rel=\"license\"";
        return Results.Bytes(TalentOpenData.GeoJson(cards, id => urls.Absolute($"/talent/{id}")), "application/geo+json; charset=utf-8");
    }

    private static async Task<IResult> CsvAsync(HttpContext context, TalentDirectoryQuery directory, ISiteUrls urls, string? q, int? sector, string? region, string? skill, int? cohort)
    {
        var cards = await directory.AllAsync(new TalentSearch(q, sector, region, skill, cohort), context.RequestAborted);
        context.Response.Headers.Link = $"<{TalentOpenData.LicenceUrl}>; rel=\"license\"";
        return Results.File(TalentOpenData.Csv(cards, id => urls.Absolute($"/talent/{id}")), "text/csv; charset=utf-8", "talent-directory.csv");
    }
}
