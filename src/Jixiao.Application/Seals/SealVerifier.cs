using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Signers;

namespace Jixiao.Application.Seals;

/// Checks a seal against the payload rebuilt from the stored rows.
public static class SealVerifier
{
    /// True only when the seal is an SM2-SM3 signature by this public key (130 hex characters, uncompressed) over
    /// exactly this payload. Any other input — a changed field, a flipped bit, another key, text that is not hex,
    /// not a point, not a signature — gives false and never an exception: the inputs come from database rows
    /// that may have been edited by hand, and a verification endpoint must report them, not crash on them.
    public static bool Verify(SealPayload payload, Seal seal, string publicKeyHex)
    {
        try
        {
            if (payload is null || seal is null || seal.Algorithm != SealSigner.Algorithm)
                return false;
            if (!SealKeys.TryPublicKey(publicKeyHex, out var publicKey, out var encoded))
                return false;
            if (seal.KeyFingerprint != SealKeys.Fingerprint(encoded))
                return false;
            if (!Hex.TryParse(seal.Signature, out var signature) || signature.Length == 0)
                return false;

            var message = payload.Digest();
            var verifier = new SM2Signer(new SM3Digest());
            verifier.Init(forSigning: false, publicKey);
            verifier.BlockUpdate(message, 0, message.Length);
            return verifier.VerifySignature(signature);
        }
        catch (Exception)
        {
            // Deliberately broad: malformed DER, a string the canonical encoder refuses, anything else a hand-edited
            // row can produce, all mean "this seal does not verify".
            return false;
        }
    }
}
