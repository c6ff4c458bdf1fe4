using System.Security.Cryptography;
using Jixiao.Application.Seals;
using Jixiao.Domain.Review;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace Jixiao.Application.Tests.Seals;

public class SealSignerTests
{
    private static readonly KeyVault Vault = new(MasterKey.Generate());
    private static readonly SectionKeyPair Keys = SealKeys.Generate();
    private static readonly string EncryptedKey = Vault.Encrypt(Keys.PrivateKey);

    [Fact]
    public void Sign_ThenVerify_WithTheSectionsPublicKey_IsValid()
    {
        var seal = SealSigner.Sign(Payloads.Approval(), EncryptedKey, Vault);

        Assert.Equal("SM2-SM3", seal.Algorithm);
        Assert.Equal(Keys.Fingerprint, seal.KeyFingerprint);
        Assert.Matches("^[0-9a-f]+$", seal.Signature);
        Assert.True(SealVerifier.Verify(Payloads.Approval(), seal, Keys.PublicKeyHex));
    }

    [Fact]
    public void Sign_Twice_GivesDifferentSignaturesThatBothVerify()
    {
        var first = SealSigner.Sign(Payloads.Approval(), EncryptedKey, Vault);
        var second = SealSigner.Sign(Payloads.Approval(), EncryptedKey, Vault);

        Assert.NotEqual(first.Signature, second.Signature);
        Assert.True(SealVerifier.Verify(Payloads.Approval(), first, Keys.PublicKeyHex));
        Assert.True(SealVerifier.Verify(Payloads.Approval(), second, Keys.PublicKeyHex));
    }

    [Fact]
    public void Sign_IsStandardSm2WithSm3AndDefaultUserId_AnyOtherSm2ImplementationVerifies()
    {
        var payload = Payloads.Approval();
        var seal = SealSigner.Sign(payload, EncryptedKey, Vault);

        var domain = new ECDomainParameters(GMNamedCurves.GetByName("sm2p256v1"));
        var publicKey = new ECPublicKeyParameters(domain.Curve.DecodePoint(Convert.FromHexString(Keys.PublicKeyHex)), domain);
        var verifier = SignerUtilities.GetSigner("SM3withSM2");
        verifier.Init(false, publicKey);
        var message = Sm3.Digest(payload.CanonicalBytes());
        verifier.BlockUpdate(message, 0, message.Length);

        Assert.True(verifier.VerifySignature(Convert.FromHexString(seal.Signature)));
    }

    public static TheoryData<string> Fields() =>
    [
        "ContentDigest", "DeclarationId", "Version", "Stage", "Decision", "Grade", "GradeRemoved", "Opinion",
        "OpinionRemoved", "CommentText", "CommentLocation", "CommentAdded", "CommentRemoved", "ReviewerUserName",
        "ReviewerDisplayName", "SectionId", "At",
    ];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Verify_AnyPayloadFieldChanged_IsFalse(string field)
    {
        var original = Payloads.Approval();
        var seal = SealSigner.Sign(original, EncryptedKey, Vault);

        var changed = Change(original, field);

        Assert.NotEqual(original.CanonicalBytes(), changed.CanonicalBytes());
        Assert.False(SealVerifier.Verify(changed, seal, Keys.PublicKeyHex));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(-1)]
    public void Verify_SignatureBitFlipped_IsFalse(int index)
    {
        var seal = SealSigner.Sign(Payloads.Approval(), EncryptedKey, Vault);
        var signature = Convert.FromHexString(seal.Signature);
        signature[index < 0 ? signature.Length + index : index] ^= 0x01;

        Assert.False(SealVerifier.Verify(Payloads.Approval(), seal with { Signature = Hex.Of(signature) }, Keys.PublicKeyHex));
    }

    [Fact]
    public void Verify_AnotherSectionsPublicKey_IsFalse()
    {
        var seal = SealSigner.Sign(Payloads.Approval(), EncryptedKey, Vault);
        var other = SealKeys.Generate();

        Assert.False(SealVerifier.Verify(Payloads.Approval(), seal, other.PublicKeyHex));
        Assert.False(SealVerifier.Verify(Payloads.Approval(), seal with { KeyFingerprint = other.Fingerprint }, other.PublicKeyHex));
    }

    [Fact]
    public void Verify_SignatureByAnotherKeyPosingAsThisSection_IsFalse()
    {
        var intruder = SealKeys.Generate();
        var forged = SealSigner.Sign(Payloads.Approval(), Vault.Encrypt(intruder.PrivateKey), Vault) with { KeyFingerprint = Keys.Fingerprint };

        Assert.False(SealVerifier.Verify(Payloads.Approval(), forged, Keys.PublicKeyHex));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not hex at all")]
    [InlineData("3044")]
    [InlineData("00")]
    [InlineData("30440220")]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void Verify_GarbageSignature_IsFalseWithoutThrowing(string signature)
    {
        var seal = SealSigner.Sign(Payloads.Approval(), EncryptedKey, Vault);

        Assert.False(SealVerifier.Verify(Payloads.Approval(), seal with { Signature = signature }, Keys.PublicKeyHex));
    }

    [Theory]
    [InlineData("")]
    [InlineData("xyz")]
    [InlineData("04")]
    [InlineData("00")]
    [InlineData("0411")]
    [MemberData(nameof(BadPublicKeys))]
    public void Verify_GarbagePublicKey_IsFalseWithoutThrowing(string publicKey)
    {
        var seal = SealSigner.Sign(Payloads.Approval(), EncryptedKey, Vault);

        Assert.False(SealVerifier.Verify(Payloads.Approval(), seal, publicKey));
    }

    public static TheoryData<string> BadPublicKeys()
    {
        var valid = Convert.FromHexString(Keys.PublicKeyHex);
        var offCurve = valid.ToArray();
        offCurve[64] ^= 0x01;
        var compressed = new byte[33];
        compressed[0] = (byte)(2 + (valid[64] & 1));
        valid.AsSpan(1, 32).CopyTo(compressed.AsSpan(1));
        return [Hex.Of(offCurve), Hex.Of(compressed), Hex.Of(valid[..64]), "04" + new string('0', 128)];
    }

    [Fact]
    public void Verify_NullsAndAnotherAlgorithm_AreFalseWithoutThrowing()
    {
        var seal = SealSigner.Sign(Payloads.Approval(), EncryptedKey, Vault);

        Assert.False(SealVerifier.Verify(Payloads.Approval(), seal with { Algorithm = "SM2" }, Keys.PublicKeyHex));
        Assert.False(SealVerifier.Verify(Payloads.Approval(), seal with { Signature = null! }, Keys.PublicKeyHex));
        Assert.False(SealVerifier.Verify(Payloads.Approval(), seal with { KeyFingerprint = null! }, Keys.PublicKeyHex));
        Assert.False(SealVerifier.Verify(Payloads.Approval(), seal, null!));
        Assert.False(SealVerifier.Verify(Payloads.Approval(), null!, Keys.PublicKeyHex));
        Assert.False(SealVerifier.Verify(null!, seal, Keys.PublicKeyHex));
        Assert.False(SealVerifier.Verify(Payloads.Approval() with { Opinion = "\uD800" }, seal, Keys.PublicKeyHex));
    }

    [Fact]
    public void Sign_WithAnotherMasterKey_ThrowsInsteadOfSigning()
    {
        var otherVault = new KeyVault(MasterKey.Generate());

        Assert.Throws<CryptographicException>(() => SealSigner.Sign(Payloads.Approval(), EncryptedKey, otherVault));
    }

    private static SealPayload Change(SealPayload p, string field) => field switch
    {
        "ContentDigest" => p with { ContentDigest = ContentDigest.Of("{\"projectName\":\"南昌市大数据产业发展专项资金\",\"total\":500.01}") },
        "DeclarationId" => p with { DeclarationId = "5f0c7d1e-8a4b-4c61-9d2e-0b7a3f6c1e43" },
        "Version" => p with { Version = 4 },
        "Stage" => p with { Stage = ReviewStage.DebtFinance },
        "Decision" => p with { Decision = "return" },
        "Grade" => p with { Grade = "良" },
        "GradeRemoved" => p with { Grade = null },
        "Opinion" => p with { Opinion = "绩效目标明确，指标细化量化，同意 。" },
        "OpinionRemoved" => p with { Opinion = null },
        "CommentText" => p with { Comments = [new SealComment("indicators[2].target", "请补充质量指标")] },
        "CommentLocation" => p with { Comments = [new SealComment("indicators[3].target", "请补充时效指标")] },
        "CommentAdded" => p with { Comments = [.. p.Comments, new SealComment(null, "另：")] },
        "CommentRemoved" => p with { Comments = [] },
        "ReviewerUserName" => p with { ReviewerUserName = "perf2" },
        "ReviewerDisplayName" => p with { ReviewerDisplayName = "绩效评价科审核人" },
        "SectionId" => p with { SectionId = "section-debt" },
        "At" => p with { At = p.At.AddMilliseconds(1) },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
