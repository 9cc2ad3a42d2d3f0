namespace InnovationAcademy.Core.Email;

/// <summary>
/// A link for an e-mail that the site's staff chose and the site checked when it was saved (a session's online
/// meeting). E-mails keep it whole and make it a link; any other text in a model is treated as typed by someone, and
/// its web addresses are written so that mail programs do not make them links.
/// </summary>
public sealed record EmailLink(string Url)
{
    public override string ToString() => Url;
}
