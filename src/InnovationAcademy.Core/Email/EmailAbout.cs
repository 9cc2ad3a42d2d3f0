namespace InnovationAcademy.Core.Email;

/// <summary>The keys that tie a message to what it is about, shared by the modules that send and the ones that report.</summary>
public static class EmailAbout
{
    public const string CoursePrefix = "course:";

    public const string CohortPrefix = "cohort:";

    public static string Course(int courseId) => CoursePrefix + courseId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Cohort(int cohortId) => CohortPrefix + cohortId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id after <paramref name="prefix"/>, or null when <paramref name="about"/> is not of that kind.</summary>
    public static int? IdOf(string about, string prefix) =>
        about.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(about.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
