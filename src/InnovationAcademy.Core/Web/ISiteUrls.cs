namespace InnovationAcademy.Core.Web;

/// <summary>Absolute links for e-mails, documents, credentials and feeds: always from <see cref="SiteAddress"/>, never from the request.</summary>
public interface ISiteUrls
{
    string Absolute(string pathAndQuery);
}
