using System.Security.Cryptography;
using System.Text.Json;
using Jixiao.Application.Declarations;
using Jixiao.Application.Seals;
using Jixiao.Data;
using Jixiao.Data.Declarations;
using Jixiao.Data.Seals;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// Seals review steps with the SM2 key of the reviewing organisation (created on its first review, the private half
/// stored encrypted by the <see cref="KeyVault"/>), and checks seals by rebuilding the payload from the stored rows.
public sealed class ReviewSeals(JixiaoDbContext db, KeyVault vault, TimeProvider clock)
{
    public async Task SealAsync(ReviewStepRecord step, string content, CancellationToken ct)
    {
        var key = await KeyForAsync(step.SectionId, ct);
        var seal = SealSigner.Sign(PayloadOf(step, content), key.EncryptedPrivateKey, vault);
        step.SealAlgorithm = seal.Algorithm;
        step.Signature = seal.Signature;
        step.KeyFingerprint = seal.KeyFingerprint;
    }

    /// True when the step's seal is its organisation's signature over exactly this content and these step fields.
    /// The public key is derived from the encrypted private key, so swapping in another key pair does not help.
    public async Task<bool> VerifyAsync(ReviewStepRecord step, string content, CancellationToken ct)
    {
        if (step.Signature is null || step.KeyFingerprint is null || step.SealAlgorithm is null) return false;
        var key = await db.SectionKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.Fingerprint == step.KeyFingerprint && k.OrganisationId == step.SectionId, ct);
        if (key is null) return false;
        try
        {
            var publicKey = SealKeys.PublicKeyOf(key.EncryptedPrivateKey, vault);
            return SealVerifier.Verify(PayloadOf(step, content), new Seal(step.SealAlgorithm, step.Signature, step.KeyFingerprint), publicKey);
        }
        catch (Exception e) when (e is CryptographicException or JsonException or System.Text.EncoderFallbackException)
        {
            // a hand-edited content or comment column that no longer parses, or a key that no longer decrypts
            return false;
        }
    }

    /// What the seal vouches for, rebuilt from the stored step and the stored content of the version it reviewed.
    private static SealPayload PayloadOf(ReviewStepRecord step, string content) => new()
    {
        ContentDigest = ContentDigest.Of(content),
        DeclarationId = step.DeclarationId.ToString(),
        Version = step.VersionNumber,
        Stage = step.Stage,
        Decision = DeclarationHistory.DecisionName(step.Decision),
        Grade = step.Grade?.Label(),
        Opinion = step.Opinion,
        Comments = [.. (JsonSerializer.Deserialize<List<SealComment>>(step.Comments, JsonSerializerOptions.Web) ?? [])],
        ReviewerUserName = step.ReviewerUserName,
        ReviewerDisplayName = step.ReviewerDisplayName,
        SectionId = step.SectionId.ToString(),
        At = new DateTimeOffset(DateTime.SpecifyKind(step.SignedAt, DateTimeKind.Utc)),
    };

    private async Task<SectionKey> KeyForAsync(Guid organisationId, CancellationToken ct)
    {
        var key = db.SectionKeys.Local.FirstOrDefault(k => k.OrganisationId == organisationId)
            ?? await db.SectionKeys.OrderBy(k => k.CreatedAt).FirstOrDefaultAsync(k => k.OrganisationId == organisationId, ct);
        if (key is not null) return key;
        var pair = SealKeys.Generate();
        try
        {
            key = new SectionKey
            {
                OrganisationId = organisationId,
                PublicKeyHex = pair.PublicKeyHex,
                EncryptedPrivateKey = vault.Encrypt(pair.PrivateKey),
                Fingerprint = pair.Fingerprint,
                CreatedAt = clock.UtcNow(),
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pair.PrivateKey);
        }
        db.SectionKeys.Add(key);
        return key;
    }
}
