using Jixiao.Domain.Review;

namespace Jixiao.Application.Seals;

/// What a review seal (审核人（盖章）) vouches for: this reviewer, acting for this section, took this decision on
/// exactly this version of the declaration at this time. The server rebuilds it from the stored rows when it
/// verifies, so any later change of one of these values in the database makes the seal fail.
public sealed record SealPayload
{
    /// <see cref="Seals.ContentDigest.Of"/> of the reviewed version's JSON. Recompute it from the stored JSON when
    /// verifying; a stored copy of the digest would not notice the JSON being edited.
    public required string ContentDigest { get; init; }

    /// The declaration id as the API shows it.
    public required string DeclarationId { get; init; }

    public required int Version { get; init; }

    public required ReviewStage Stage { get; init; }

    /// The API value: "approve" or "return".
    public required string Decision { get; init; }

    /// 评级 优/良/中/差, or null where the stage does not grade.
    public string? Grade { get; init; }

    /// 审核意见.
    public string? Opinion { get; init; }

    /// Comments on fields or indicators (location, text), in the order they are shown.
    public IReadOnlyList<SealComment> Comments { get; init; } = [];

    public required string ReviewerUserName { get; init; }

    public required string ReviewerDisplayName { get; init; }

    /// The section (科室) or department whose key seals the decision.
    public required string SectionId { get; init; }

    /// Signed to the millisecond in UTC; store <see cref="CanonicalTime.Truncate"/> of the clock value.
    public required DateTimeOffset At { get; init; }

    /// The bytes that are digested and signed, in this order, each length-prefixed (see <see cref="CanonicalWriter"/>):
    /// "jixiao-seal/1", content digest, declaration id, version, stage, decision, grade, opinion, reviewer user name,
    /// reviewer display name, section id, time, comment count, then location and text of each comment.
    public byte[] CanonicalBytes()
    {
        var writer = new CanonicalWriter("jixiao-seal/1")
            .Add(ContentDigest)
            .Add(DeclarationId)
            .Add(Version)
            .Add(StageName(Stage))
            .Add(Decision)
            .Add(Grade)
            .Add(Opinion)
            .Add(ReviewerUserName)
            .Add(ReviewerDisplayName)
            .Add(SectionId)
            .Add(At)
            .Add(Comments.Count);
        foreach (var comment in Comments)
            writer.Add(comment.Location).Add(comment.Text);
        return writer.ToArray();
    }

    /// SM3 of <see cref="CanonicalBytes"/>: the message the SM2 signature is made over.
    public byte[] Digest() => Sm3.Digest(CanonicalBytes());

    // Spelled out rather than Stage.ToString(): renaming an enum member must not change what old seals signed.
    private static string StageName(ReviewStage stage) => stage switch
    {
        ReviewStage.CompetentDepartment => "competentDepartment",
        ReviewStage.FinanceBusiness => "financeBusiness",
        ReviewStage.PerformanceEvaluation => "performanceEvaluation",
        ReviewStage.DebtFinance => "debtFinance",
        ReviewStage.ProcurementSupervision => "procurementSupervision",
    };
}

/// A reviewer's comment pointing at a field or indicator (API: {location, text}).
public sealed record SealComment(string? Location, string Text);
