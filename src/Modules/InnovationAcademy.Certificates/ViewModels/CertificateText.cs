using System.Globalization;

namespace InnovationAcademy.Certificates.ViewModels;

/// <summary>How the pages write a certificate's dates: "5 de marzo de 2026" in Spanish, "5 March 2026" in English.</summary>
internal static class CertificateText
{
    public static string LongDate => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es" ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy";
}
