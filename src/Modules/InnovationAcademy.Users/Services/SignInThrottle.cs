using System.Security.Cryptography;
using System.Text;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// Slows down password guessing without locking anyone out and without telling whether an address has an account.
/// Failures are counted for the address from this client, for the client, and for the address from anywhere; past a
/// few free attempts each key waits longer and longer (30 s, doubling, at most 15 minutes). The owner of a throttled
/// address gets past it with a sign-in link by e-mail, so a stranger's guesses cannot keep them out.
/// </summary>
internal sealed class SignInThrottle(AcademyDbContext db, TimeProvider clock)
{
    public const int FreeFailuresPerAddressAndClient = 5;
    public const int FreeFailuresPerClient = 20;
    public const int FreeFailuresPerAddress = 20;
    public static readonly TimeSpan MaximumWait = TimeSpan.FromMinutes(15);

    /// <summary>Failures older than this are forgotten.</summary>
    private static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    /// <summary>How long the client must wait before trying this address again; null when it may try now.</summary>
    public async Task<TimeSpan?> WaitAsync(string email, string client, CancellationToken cancellationToken)
    {
        var keys = KeysOf(email, client).Select(k => k.Key).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = await db.Set<SignInThrottleEntry>().AsNoTracking()
            .Where(e => keys.Contains(e.Key) && e.BlockedUntilUtc > now)
            .Select(e => e.BlockedUntilUtc)
            .MaxAsync(cancellationToken);
        return until is { } blocked ? blocked - now : null;
    }

    /// <summary>Counts a failure; true when this failure made the address itself throttled (worth an audit line).</summary>
    public async Task<bool> FailedAsync(string email, string client, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var addressNowBlocked = false;
        var keys = KeysOf(email, client);
        var names = keys.Select(k => k.Key).ToList();
        var entries = await db.Set<SignInThrottleEntry>().Where(e => names.Contains(e.Key)).ToDictionaryAsync(e => e.Key, cancellationToken);
        foreach (var (key, free) in keys)
        {
            if (!entries.TryGetValue(key, out var entry))
            {
                entry = new SignInThrottleEntry { Key = key };
                db.Set<SignInThrottleEntry>().Add(entry);
            }

            entry.Failures = now - entry.LastFailureUtc > Memory ? 1 : entry.Failures + 1;
            entry.LastFailureUtc = now;
            entry.BlockedUntilUtc = entry.Failures >= free ? now + Delay(entry.Failures - free) : null;
            addressNowBlocked |= key.StartsWith("a:", StringComparison.Ordinal) && entry.Failures == free;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent failure for the same key inserted it first: that one counted.
            db.ChangeTracker.Clear();
        }

        return addressNowBlocked;
    }

    /// <summary>A success forgets this client's failures for the address (not the address's own count).</summary>
    public async Task SucceededAsync(string email, string client, CancellationToken cancellationToken)
    {
        var key = KeysOf(email, client)[0].Key;
        await db.Set<SignInThrottleEntry>().Where(e => e.Key == key).ExecuteDeleteAsync(cancellationToken);
        await PruneAsync(cancellationToken);
    }

    /// <summary>The owner proved the address (a sign-in link, a password reset): its throttles are lifted.</summary>
    public async Task ClearAddressAsync(string email, CancellationToken cancellationToken)
    {
        var address = "a:" + Hash(email);
        var prefix = "ac:" + Hash(email) + "|";
        await db.Set<SignInThrottleEntry>().Where(e => e.Key == address || e.Key.StartsWith(prefix)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Forgets failures nobody will count any more (at every successful sign-in: an indexed delete).</summary>
    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - Memory - MaximumWait;
        await db.Set<SignInThrottleEntry>().Where(e => e.LastFailureUtc < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>30 s after the last free failure, then twice as long after each further one, up to 15 minutes.</summary>
    private static TimeSpan Delay(int failuresPastFree) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Min(failuresPastFree, 10)), MaximumWait.TotalSeconds));

    private static (string Key, int Free)[] KeysOf(string email, string client)
    {
        var address = Hash(email);
        return
        [
            ("ac:" + address + "|" + client, FreeFailuresPerAddressAndClient),
            ("c:" + client, FreeFailuresPerClient),
            ("a:" + address, FreeFailuresPerAddress),
        ];
    }

    /// <summary>Addresses are kept hashed: the table lists no one's e-mail.</summary>
    /// <remarks>Normalised as Identity finds accounts ("\u212Aiko@…" is "KIKO@…"), so no spelling of an address counts apart.</remarks>
    private static string Hash(string email) =>
        WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().Normalize().ToUpperInvariant())))[..32];
}
