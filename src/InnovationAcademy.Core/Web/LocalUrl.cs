namespace InnovationAcademy.Core.Web;

public static class LocalUrl
{
    /// <summary>
    /// <paramref name="url"/> if it stays on this site ("/path", not "//host" or "/\host"), else "/":
    /// return addresses from forms never send a user elsewhere.
    /// </summary>
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : "/";
}
