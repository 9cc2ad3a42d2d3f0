using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Certificates.Services;

/// <summary>The outcome of checking a compact JWT: its payload when the signature holds, else why not.</summary>
internal sealed record JwtCheck(bool Valid, JsonObject? Payload, string? Problem);

/// <summary>
/// Signs credentials as compact JWS with ES256 (P-256, SHA-256) and checks them. The current key signs; every key
/// ever used stays in the published key set, so a rotation never breaks a credential already handed out. Private
/// keys are stored encrypted with the site's data-protection keys.
/// </summary>
internal sealed class CredentialSigner(AcademyDbContext db, IDataProtectionProvider protection, IAuditLog audit, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("InnovationAcademy.Certificates.SigningKeys");

    /// <summary>The key that signs now, made if the site has none yet.</summary>
    public async Task<SigningKey> CurrentAsync(CancellationToken cancellationToken = default) =>
        await db.Set<SigningKey>().AsNoTracking().Where(k => k.RetiredUtc == null).OrderByDescending(k => k.Id).FirstOrDefaultAsync(cancellationToken)
        ?? await CreateAsync(cancellationToken);

    /// <summary>Makes a new signing key and retires the others from signing (they stay published for checking).</summary>
    public async Task<SigningKey> RotateAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var key in await db.Set<SigningKey>().Where(k => k.RetiredUtc == null).ToListAsync(cancellationToken))
        {
            key.RetiredUtc = now;
        }

        audit.RecordOnPlatformPart("certificates.key-rotated", "signing key");
        return await CreateAsync(cancellationToken);
    }

    public Task<List<SigningKey>> AllAsync(CancellationToken cancellationToken = default) =>
        db.Set<SigningKey>().AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);

    /// <summary>The JSON Web Key Set of every key, current and retired.</summary>
    public async Task<JsonObject> KeySetAsync(CancellationToken cancellationToken = default)
    {
        await CurrentAsync(cancellationToken);
        var keys = await AllAsync(cancellationToken);
        return new JsonObject
        {
            ["keys"] = new JsonArray(keys.Select(k => (JsonNode)new JsonObject
            {
                ["kty"] = "EC",
                ["crv"] = "P-256",
                ["x"] = k.X,
                ["y"] = k.Y,
                ["kid"] = k.KeyId,
                ["use"] = "sig",
                ["alg"] = "ES256",
            }).ToArray()),
        };
    }

    /// <summary>A compact JWS of <paramref name="payload"/>, signed with the current key.</summary>
    public async Task<string> SignAsync(JsonObject payload, CancellationToken cancellationToken = default)
    {
        var key = await CurrentAsync(cancellationToken);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportECPrivateKey(_protector.Unprotect(Convert.FromBase64String(key.ProtectedPrivateKey)), out _);
        var header = new JsonObject { ["alg"] = "ES256", ["typ"] = "JWT", ["kid"] = key.KeyId };
        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = ecdsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + WebEncoders.Base64UrlEncode(signature);
    }

    /// <summary>Checks a compact JWS against the site's published keys.</summary>
    public async Task<JwtCheck> VerifyAsync(string token, CancellationToken cancellationToken = default)
    {
        var parts = token.Trim().Split('.');
        if (parts.Length != 3)
        {
            return new JwtCheck(false, null, "This is not a signed credential (a JWT has three parts separated by dots).");
        }

        JsonObject? header, payload;
        byte[] signature;
        try
        {
            header = JsonNode.Parse(WebEncoders.Base64UrlDecode(parts[0])) as JsonObject;
            payload = JsonNode.Parse(WebEncoders.Base64UrlDecode(parts[1])) as JsonObject;
            signature = WebEncoders.Base64UrlDecode(parts[2]);
        }
        catch (Exception exception) when (exception is FormatException or System.Text.Json.JsonException)
        {
            return new JwtCheck(false, null, "The credential is damaged: its parts cannot be read.");
        }

        if (header is null || payload is null || (string?)header["alg"] != "ES256" || header["kid"]?.GetValue<string>() is not { } keyId)
        {
            return new JwtCheck(false, null, "The credential was not signed by this site's keys (ES256 with a key id).");
        }

        var key = await db.Set<SigningKey>().AsNoTracking().FirstOrDefaultAsync(k => k.KeyId == keyId, cancellationToken);
        if (key is null)
        {
            return new JwtCheck(false, payload, "The credential names a key this site never published.");
        }

        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = WebEncoders.Base64UrlDecode(key.X), Y = WebEncoders.Base64UrlDecode(key.Y) },
        });
        var valid = ecdsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return valid ? new JwtCheck(true, payload, null) : new JwtCheck(false, payload, "The signature does not match: the credential was changed after it was signed.");
    }

    private async Task<SigningKey> CreateAsync(CancellationToken cancellationToken)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        var key = new SigningKey
        {
            KeyId = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(12)),
            X = WebEncoders.Base64UrlEncode(parameters.Q.X!),
            Y = WebEncoders.Base64UrlEncode(parameters.Q.Y!),
            ProtectedPrivateKey = Convert.ToBase64String(_protector.Protect(ecdsa.ExportECPrivateKey())),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(key);
        audit.Record("certificates.key-created", key.KeyId);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    private static string Encode(JsonObject json) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
