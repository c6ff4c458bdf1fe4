using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Jixiao.Application.Seals;

/// Seals a review decision: an SM2 signature (GM/T 0003, the signature algorithm of 国密 electronic seals) with
/// SM3 and the standard default user ID, over <see cref="SealPayload.Digest"/>.
public static class SealSigner
{
    public const string Algorithm = "SM2-SM3";

    /// Decrypts the section's private key with the vault only for the time of the signature.
    /// Throws <see cref="CryptographicException"/> when the key cannot be decrypted (wrong master key, tampering).
    public static Seal Sign(SealPayload payload, string encryptedPrivateKey, KeyVault vault)
    {
        var message = payload.Digest();
        var privateKeyBytes = vault.Decrypt(encryptedPrivateKey);
        try
        {
            var privateKey = SealKeys.PrivateKey(privateKeyBytes);
            var signer = new SM2Signer(new SM3Digest());
            signer.Init(forSigning: true, new ParametersWithRandom(privateKey, SealKeys.Random));
            signer.BlockUpdate(message, 0, message.Length);
            var signature = signer.GenerateSignature();
            var publicKey = SealKeys.PublicPoint(privateKey).GetEncoded(compressed: false);
            return new Seal(Algorithm, Hex.Of(signature), SealKeys.Fingerprint(publicKey));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKeyBytes);
        }
    }
}
