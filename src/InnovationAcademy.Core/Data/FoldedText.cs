using InnovationAcademy.Core.Text;

namespace InnovationAcademy.Core.Data;

/// <summary>
/// <see cref="TextFolding.Fold"/> inside a database query, so that an administrator's search for "innovacion" finds
/// "Innovación" (and the reverse) in any list, on SQLite and PostgreSQL alike. Fold the searched words with
/// <see cref="TextFolding.Fold"/> and compare them with <c>FoldedText.Fold(column).Contains(word)</c>.
/// </summary>
public static class FoldedText
{
    /// <summary>
    /// The SQL function's name: on SQLite it is registered on every connection (it runs this same .NET folding); on
    /// PostgreSQL a migration creates it (decompose, drop the accents, lower case).
    /// </summary>
    public const string FunctionName = "ia_fold";

    /// <summary>Runs as <c>ia_fold(text)</c> in a query; outside one it folds here.</summary>
    public static string Fold(string? text) => TextFolding.Fold(text);
}
