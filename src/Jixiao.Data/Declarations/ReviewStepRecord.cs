using Jixiao.Domain.Review;

namespace Jixiao.Data.Declarations;

/// One review step as stored, with its seal (审核人（盖章）): an SM2 signature by the section's key over the
/// reviewed version's content, the decision, the reviewer and the time.
public sealed class ReviewStepRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DeclarationId { get; set; }

    /// The version that was reviewed.
    public int VersionNumber { get; set; }

    public int Round { get; set; }
    public ReviewStage Stage { get; set; }

    /// The organisation that reviewed: the department at the first stage, a finance section after it.
    public Guid SectionId { get; set; }
    public string SectionName { get; set; } = "";

    public Guid ReviewerId { get; set; }

    /// The reviewer's sign-in name and display name at the time of the step (both are sealed).
    public string ReviewerUserName { get; set; } = "";
    public string ReviewerDisplayName { get; set; } = "";

    public ReviewDecision Decision { get; set; }
    public ReviewGrade? Grade { get; set; }
    public string? Opinion { get; set; }

    /// The comments as a JSON array of {location, text}.
    public string Comments { get; set; } = "[]";

    public DateTime SignedAt { get; set; }

    /// The seal's algorithm (SM2-SM3).
    public string? SealAlgorithm { get; set; }

    /// The signature as the seal code writes it; null for a step recorded without a seal.
    public string? Signature { get; set; }

    /// Fingerprint of the section key that signed.
    public string? KeyFingerprint { get; set; }
}
