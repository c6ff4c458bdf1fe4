namespace Jixiao.Data.Seals;

/// A section's SM2 key pair for sealing review steps. The private key is stored encrypted under the master key,
/// never in clear.
public sealed class SectionKey
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// The organisation that seals with it (a department or a finance section).
    public Guid OrganisationId { get; set; }

    /// The uncompressed SM2 public key, hex.
    public required string PublicKeyHex { get; set; }

    /// The private key encrypted under the master key (KeyVault), as KeyVault writes it.
    public required string EncryptedPrivateKey { get; set; }
    public required string Fingerprint { get; set; }
    public DateTime CreatedAt { get; set; }
}
