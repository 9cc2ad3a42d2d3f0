namespace InnovationAcademy.Core.Web;

/// <summary>Absolute links for e-mails: from the current request, else from <c>Site:BaseUrl</c> (recipes run from the command line).</summary>
public interface ISiteUrls
{
    string Absolute(string pathAndQuery);
}
