namespace InnovationAcademy.Core.Web.Forms;

/// <summary>
/// Remembers which rendered forms were sent, so that a form sent twice (a double tap, a second click while the
/// first is on its way, a resend) is acted on once. Each rendered form carries its own random key
/// (<see cref="FormKeyTagHelper"/>); one node keeps them in memory, several nodes share them through Redis.
/// </summary>
public interface IFormSubmissions
{
    /// <summary>True when this is the first request with the key; false when another has it.</summary>
    Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Records how the first request ended: the address it sent the browser to, or null when it did not redirect
    /// (a form shown again with its errors, a download), in which case the key is forgotten and a repeat runs again.
    /// </summary>
    Task FinishAsync(string key, string? redirectedTo);

    /// <summary>Waits until the first request with the key has finished, at most <paramref name="timeout"/>.</summary>
    Task<FormOutcome> WaitAsync(string key, TimeSpan timeout, CancellationToken cancellationToken);
}

/// <summary>What became of the first request with a form key.</summary>
/// <param name="Finished">False while it is still running.</param>
/// <param name="RedirectedTo">Where it sent the browser; null when it did not redirect (the repeat runs itself).</param>
public sealed record FormOutcome(bool Finished, string? RedirectedTo)
{
    public static FormOutcome Running { get; } = new(false, null);

    public static FormOutcome Forgotten { get; } = new(true, null);
}
