namespace InnovationAcademy.Bench.Load;

/// <summary>One line of the table: what is asked, of which server, and the status every answer must have.</summary>
internal sealed record Scenario(string Name, bool OnReference, IReadOnlyList<string> Requests, int ExpectedStatus = 200)
{
    /// <summary>The same anonymous GET again and again.</summary>
    public static Scenario Anonymous(string name, string path) => new(name, false, [$"\t{path}\t"]);

    /// <summary>Every signed-in session in turn.</summary>
    public static Scenario SignedIn(string name, IEnumerable<LearnerSession> sessions, Func<LearnerSession, string> line, int expectedStatus = 200) =>
        new(name, false, sessions.Select(line).ToList(), expectedStatus);
}

/// <summary>A scenario's measurement, with the site's peak memory once it had run.</summary>
internal sealed record Measured(Scenario Scenario, WrkResult Result, double PeakMegabytes);
