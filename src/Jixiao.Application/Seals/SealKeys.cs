using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using ECPoint = Org.BouncyCastle.Math.EC.ECPoint;
using Org.BouncyCastle.Math.EC.Multiplier;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Utilities;

namespace Jixiao.Application.Seals;

/// SM2 key pairs (GM/T 0003-2012, curve sm2p256v1), one per section (科室) or department that seals reviews.
public static class SealKeys
{
    private const int PrivateKeyLength = 32;

    internal static readonly ECDomainParameters Domain = new(GMNamedCurves.GetByName("sm2p256v1"));

    internal static readonly SecureRandom Random = new();

    /// A new key pair. Encrypt <see cref="SectionKeyPair.PrivateKey"/> with <see cref="KeyVault.Encrypt"/> before
    /// storing it, and store <see cref="SectionKeyPair.PublicKeyHex"/> as is.
    public static SectionKeyPair Generate()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Domain, Random));
        var pair = generator.GenerateKeyPair();
        var privateKey = BigIntegers.AsUnsignedByteArray(PrivateKeyLength, ((ECPrivateKeyParameters)pair.Private).D);
        return new SectionKeyPair(Hex.Of(((ECPublicKeyParameters)pair.Public).Q.GetEncoded(compressed: false)), privateKey);
    }

    /// The public key that belongs to a stored (encrypted) private key. A verifier that takes its public key from
    /// here rather than from a public-key column cannot be fooled by someone who swaps in a key pair of their own:
    /// they cannot write an encrypted private key without the master key.
    public static string PublicKeyOf(string encryptedPrivateKey, KeyVault vault)
    {
        var privateKey = vault.Decrypt(encryptedPrivateKey);
        try
        {
            return Hex.Of(PublicPoint(PrivateKey(privateKey)).GetEncoded(compressed: false));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    /// First 16 hex characters of SM3 over the uncompressed public key: names a key in a seal and on screen.
    public static string Fingerprint(ReadOnlySpan<byte> publicKey) => Sm3.DigestHex(publicKey)[..16];

    internal static ECPrivateKeyParameters PrivateKey(byte[] privateKey)
    {
        var d = new BigInteger(1, privateKey);
        if (privateKey.Length != PrivateKeyLength || d.SignValue <= 0 || d.CompareTo(Domain.N) >= 0)
            throw new CryptographicException("科室签章私钥的格式不对。");
        return new ECPrivateKeyParameters(d, Domain);
    }

    internal static ECPoint PublicPoint(ECPrivateKeyParameters privateKey) =>
        new FixedPointCombMultiplier().Multiply(Domain.G, privateKey.D).Normalize();

    /// Only the uncompressed form (04 ‖ x ‖ y) is accepted, and the point must lie on the curve; false otherwise.
    internal static bool TryPublicKey(string? publicKeyHex, out ECPublicKeyParameters key, out byte[] encoded)
    {
        key = null!;
        if (!Hex.TryParse(publicKeyHex, out encoded) || encoded.Length != 65 || encoded[0] != 0x04)
            return false;
        try
        {
            // DecodePoint checks that the point lies on the curve.
            var point = Domain.Curve.DecodePoint(encoded);
            if (point.IsInfinity || !point.IsValid())
                return false;
            key = new ECPublicKeyParameters(point, Domain);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// A section's SM2 key pair.
/// <param name="PublicKeyHex">The uncompressed point 04 ‖ x ‖ y, 130 lowercase hex characters.</param>
/// <param name="PrivateKey">The 32-byte big-endian scalar; never stored in clear (see <see cref="KeyVault"/>).</param>
public sealed record SectionKeyPair(string PublicKeyHex, byte[] PrivateKey)
{
    public string Fingerprint => SealKeys.Fingerprint(Convert.FromHexString(PublicKeyHex));

    // The default record ToString would not print the key bytes, but say so explicitly for anyone logging this.
    public override string ToString() => $"SectionKeyPair {{ PublicKeyHex = {PublicKeyHex}, PrivateKey = *** }}";
}
