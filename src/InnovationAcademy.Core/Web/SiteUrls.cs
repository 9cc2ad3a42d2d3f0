using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace InnovationAcademy.Core.Web;

internal sealed class SiteUrls(IHttpContextAccessor accessor, IConfiguration configuration) : ISiteUrls
{
    public string Absolute(string pathAndQuery)
    {
        var request = accessor.HttpContext?.Request;
        var origin = request is not null && request.Host.HasValue
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : (configuration["Site:BaseUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : "http://localhost:5080");
        return origin + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);
    }
}
