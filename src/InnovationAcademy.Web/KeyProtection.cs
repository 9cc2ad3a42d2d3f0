using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace InnovationAcademy.Web;

/// <summary>
/// Data Protection keys encrypted at rest with a certificate (<c>DataProtection:CertificatePath</c>), so that a copy of
/// the keys folder or of Redis alone cannot forge sign-in cookies or one-time links.
/// </summary>
internal static class KeyProtection
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";

    /// <summary>Read when the host is built: the key ring's encryptor cannot change while the site runs.</summary>
    public static void AddAcademyKeyProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var password = configuration["DataProtection:CertificatePassword"];
        if (configuration[CertificatePathKey] is not { Length: > 0 } path)
        {
            return;
        }

        var protection = services.AddDataProtection().ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, password));
        var previous = configuration.GetSection("DataProtection:PreviousCertificatePaths").Get<string[]>() ?? [];
        if (previous.Length > 0)
        {
            protection.UnprotectKeysWithAnyCertificate([.. previous.Select(p => X509CertificateLoader.LoadPkcs12FromFile(p, password))]);
        }
    }

    /// <summary>Warns at start-up when Production keeps its keys unencrypted.</summary>
    public static void WarnWhenKeysAreUnprotected(WebApplication app)
    {
        if (app.Environment.IsProduction() && string.IsNullOrEmpty(app.Configuration[CertificatePathKey]))
        {
            app.Logger.LogWarning("Data Protection keys are stored unencrypted: set {Key} (see docs/operations.md).", CertificatePathKey);
        }
    }
}
