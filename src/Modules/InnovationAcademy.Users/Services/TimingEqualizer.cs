using InnovationAcademy.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InnovationAcademy.Users.Services;

/// <summary>
/// Does the password hashing an existing account would cost when there is no account, so that sign-in and
/// registration take as long for an unknown address as for a known one.
/// </summary>
internal sealed class TimingEqualizer
{
    private static readonly AcademyUser Nobody = new() { Id = "nobody", UserName = "nobody", Email = "nobody@invalid" };

    /// <summary>The same algorithm and iteration count as the accounts' own hasher.</summary>
    private readonly PasswordHasher<AcademyUser> _hasher;
    private readonly string _nobodysHash;

    public TimingEqualizer(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<AcademyUser>(options);
        _nobodysHash = _hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
    }

    /// <summary>As long as checking a password against a stored hash.</summary>
    public void VerifyAgainstNobody(string password) => _hasher.VerifyHashedPassword(Nobody, _nobodysHash, password);

    /// <summary>As long as hashing a new password.</summary>
    public void HashForNobody(string password) => _hasher.HashPassword(Nobody, password);
}
