namespace InnovationAcademy.Core.Web;

internal sealed class SiteUrls(SiteAddress address) : ISiteUrls
{
    public string Absolute(string pathAndQuery) =>
        address.Origin + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);
}
