using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Data;
using Jixiao.Data.Declarations;
using Jixiao.Data.Seals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// Seals review steps with the key of the reviewing organisation, and checks seals against the stored content.
/// TEMPORARY (server branch): HMAC-SHA256 over the step's fields until branch seals lands with SealSigner (SM2 over
/// SM3) and KeyVault; the callers and the stored columns stay as they are.
public sealed class ReviewSeals(JixiaoDbContext db, TimeProvider clock)
{
    public const string Algorithm = "HMAC-SHA256-TEMP";

    public async Task SealAsync(ReviewStepRecord step, string content, CancellationToken ct)
    {
        var key = await KeyForAsync(step.SectionId, ct);
        step.SealAlgorithm = Algorithm;
        step.KeyFingerprint = key.Fingerprint;
        step.Signature = Sign(step, content, Convert.FromBase64String(key.EncryptedPrivateKey));
    }

    /// True when the step's seal was made by its organisation's key over exactly this content and these step fields.
    public async Task<bool> VerifyAsync(ReviewStepRecord step, string content, CancellationToken ct)
    {
        if (step.Signature is null || step.KeyFingerprint is null) return false;
        var key = await db.SectionKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.Fingerprint == step.KeyFingerprint && k.OrganisationId == step.SectionId, ct);
        if (key is null) return false;
        var expected = Sign(step, content, Convert.FromBase64String(key.EncryptedPrivateKey));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(step.Signature));
    }

    private async Task<SectionKey> KeyForAsync(Guid organisationId, CancellationToken ct)
    {
        var key = db.SectionKeys.Local.FirstOrDefault(k => k.OrganisationId == organisationId)
            ?? await db.SectionKeys.FirstOrDefaultAsync(k => k.OrganisationId == organisationId, ct);
        if (key is not null) return key;
        var secret = RandomNumberGenerator.GetBytes(32);
        key = new SectionKey
        {
            OrganisationId = organisationId,
            PublicKeyHex = "",
            EncryptedPrivateKey = Convert.ToBase64String(secret),
            Fingerprint = Convert.ToHexStringLower(SHA256.HashData(secret))[..16],
            CreatedAt = clock.UtcNow(),
        };
        db.SectionKeys.Add(key);
        return key;
    }

    private static string Sign(ReviewStepRecord step, string content, byte[] secret)
    {
        var payload = string.Join('\u001f',
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))),
            step.DeclarationId.ToString(), step.VersionNumber.ToString(CultureInfo.InvariantCulture), step.Stage.ToString(),
            step.Decision.ToString(), step.Grade?.ToString() ?? "", step.Opinion ?? "", step.Comments,
            step.ReviewerUserName, step.ReviewerDisplayName, step.SectionId.ToString(),
            step.SignedAt.ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(payload)));
    }
}
