namespace Jixiao.Application.Seals;

/// A seal as stored beside a review step.
/// <param name="Algorithm">Always <see cref="SealSigner.Algorithm"/> for seals made now; kept so that a later
/// algorithm can sit beside old seals.</param>
/// <param name="Signature">The SM2 signature (DER-encoded r and s), lowercase hex.</param>
/// <param name="KeyFingerprint">The first 16 hex characters of SM3 of the signing public key: shows which key
/// sealed the step without storing the key itself.</param>
public sealed record Seal(string Algorithm, string Signature, string KeyFingerprint);
