namespace Jixiao.Application.Seals;

/// The SM3 digest of a declaration version's content (its JSON, docs/json.md), as 64 lowercase hex characters.
/// The JSON is first brought to its canonical form (<see cref="CanonicalJson"/>), so member order and whitespace
/// do not count, while every value does. A seal names the version it approved by this digest.
public static class ContentDigest
{
    /// Throws <see cref="System.Text.Json.JsonException"/> when the text is not JSON or repeats a member name, and
    /// <see cref="System.Text.EncoderFallbackException"/> for a string holding a lone surrogate.
    public static string Of(string json) =>
        Sm3.DigestHex(CanonicalWriter.StrictUtf8.GetBytes(CanonicalJson.Normalize(json)));
}
