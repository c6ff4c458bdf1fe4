using Org.BouncyCastle.Crypto.Digests;

namespace Jixiao.Application.Seals;

/// SM3, the Chinese national hash standard (GM/T 0004-2012). Seals and the audit chain use it rather than SHA-256
/// because 电子签章 (electronic seals) in Chinese public finance are expected to use the 国密 (SM) algorithms.
public static class Sm3
{
    public const int Length = 32;

    public static byte[] Digest(ReadOnlySpan<byte> data)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data);
        var result = new byte[Length];
        digest.DoFinal(result);
        return result;
    }

    /// The digest as 64 lowercase hex characters.
    public static string DigestHex(ReadOnlySpan<byte> data) => Hex.Of(Digest(data));
}
