namespace InnovationAcademy.Bench.Load;

/// <summary>
/// One line of the table: what is asked, of which server, and the status every answer must have. A signed-in scenario
/// makes its request lines from freshly signed-in sessions, as browsers that keep the cookie the site renews.
/// </summary>
internal sealed record Scenario(string Name, bool OnReference, bool SignedIn, Func<IReadOnlyList<LearnerSession>, IEnumerable<string>> Lines, int ExpectedStatus = 200)
{
    public static Scenario Reference(string name) => new(name, true, false, _ => ["\t/\t"]);

    /// <summary>The same anonymous GET again and again.</summary>
    public static Scenario Anonymous(string name, string path) => new(name, false, false, _ => [$"\t{path}\t"]);

    /// <summary>Every signed-in session in turn.</summary>
    public static Scenario Learner(string name, Func<LearnerSession, string> line, int expectedStatus = 200) =>
        new(name, false, true, sessions => sessions.Select(line), expectedStatus);
}

/// <summary>A scenario's measurement, with the site's peak memory once it had run.</summary>
internal sealed record Measured(Scenario Scenario, WrkResult Result, double PeakMegabytes);
