namespace InnovationAcademy.Bench.LargeSite;

/// <summary>How large the seeded site is. <see cref="Full"/> is the size the load benchmark is specified at.</summary>
public sealed record LargeSiteSize(int Courses, int Learners, int EnrollmentsPerLearner, int Cohorts, int TalentProfiles)
{
    public const int ModulesPerCourse = 7;
    public const int LessonsPerModule = 5;

    public static LargeSiteSize Full { get; } = new(1_000, 100_000, 5, 20, 100_000);

    /// <summary>The full size times <paramref name="factor"/> (at least one of each), for a quick try.</summary>
    public static LargeSiteSize Scaled(double factor) => factor >= 1 ? Full : new(
        Math.Max(10, (int)(Full.Courses * factor)), Math.Max(300, (int)(Full.Learners * factor)), Full.EnrollmentsPerLearner,
        Math.Max(2, (int)(Full.Cohorts * factor)), Math.Max(100, (int)(Full.TalentProfiles * factor)));
}
