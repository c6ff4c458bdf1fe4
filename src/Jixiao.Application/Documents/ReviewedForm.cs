using Jixiao.Data.Declarations;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Pdf;

namespace Jixiao.Application.Documents;

/// A review step as the printed form shows it, with whether its seal verified against the version being printed.
public sealed record VerifiedStep(ReviewStepRecord Step, bool Verified);

/// The seal in a review box (审核人（盖章）): the reviewing section's name, the fingerprint of the SM2 key that signed
/// the step, and whether the signature verifies right now.
public sealed record FormSeal(ReviewBoxKind Box, string Section, string? Fingerprint, bool Verified)
{
    /// The seal line of the .xlsx: 市财政局业务科 · SM2 签名指纹 3F9A… · 已验证.
    public string Text => $"{Section} · SM2 签名指纹 {Fingerprint ?? "（无签名）"} · {(Verified ? "已验证" : "未通过验证")}";

    public PdfSeal ToPdf() => new(Box, Section, Fingerprint ?? "无签名", Verified);
}

/// Fills the review boxes of a declaration version from the review steps stored for it: opinion, reviewer's display
/// name and date in the box of each step's stage (<see cref="ReviewBox.For"/>), and the step's seal beside them.
public static class ReviewedForm
{
    /// Dates on the form are China Standard Time (UTC+8, no daylight saving): a step signed at 20:00 UTC on
    /// 1 March is dated 2 March, as the reviewer saw it on their own clock.
    public static readonly TimeSpan FormTimeZone = TimeSpan.FromHours(8);

    public static (Declaration Declaration, IReadOnlyList<FormSeal> Seals) Fill(Declaration declaration, int version, IReadOnlyCollection<VerifiedStep> steps)
    {
        // Only the latest round that reviewed this version counts: a resubmission without changes starts the route
        // again, and the earlier round's opinions stay in the history, not on the form.
        var ofVersion = steps.Where(s => s.Step.VersionNumber == version).ToList();
        if (ofVersion.Count == 0) return (declaration, []);
        var round = ofVersion.Max(s => s.Step.Round);
        // One step per box: the last one (debt and procurement both fill 归口科室; the later section's box is printed)
        var byBox = ofVersion.Where(s => s.Step.Round == round)
            .OrderBy(s => s.Step.SignedAt)
            .GroupBy(s => ReviewBox.For(s.Step.Stage))
            .ToDictionary(g => g.Key, g => g.Last());

        var boxes = declaration.Reviews.Count > 0 ? declaration.Reviews.ToList() : [.. ReviewBox.NanchangBoxes()];
        foreach (var (kind, verified) in byBox)
        {
            var slot = boxes.FindIndex(b => b.Kind == kind);
            var filled = Box(kind, verified.Step);
            if (slot >= 0) boxes[slot] = filled with { Label = boxes[slot].Label.Length > 0 ? boxes[slot].Label : filled.Label };
            else boxes.Add(filled);
        }
        var seals = byBox.Select(p => new FormSeal(p.Key, p.Value.Step.SectionName, p.Value.Step.Signature is null ? null : p.Value.Step.KeyFingerprint, p.Value.Verified))
            .ToList();
        return (declaration with { Reviews = boxes }, seals);
    }

    private static ReviewBox Box(ReviewBoxKind kind, ReviewStepRecord step) => new()
    {
        Kind = kind,
        Label = ReviewBox.NanchangBoxes().First(b => b.Kind == kind).Label,
        Opinion = Opinion(step),
        Reviewer = step.ReviewerDisplayName.Length > 0 ? step.ReviewerDisplayName : step.ReviewerUserName,
        Date = DateOnly.FromDateTime(DateTime.SpecifyKind(step.SignedAt, DateTimeKind.Utc) + FormTimeZone),
    };

    /// The opinion as written, with the decision when it was not an approval and the grade of the targets when
    /// the step gave one: 退回修改：请补充… · 同意（评级：优）.
    private static string Opinion(ReviewStepRecord step)
    {
        var verdict = step.Decision switch
        {
            ReviewDecision.Approve => "通过",
            ReviewDecision.Return => "退回修改",
            ReviewDecision.Reject => "不予通过",
        };
        var opinion = step.Opinion?.Trim();
        var text = string.IsNullOrEmpty(opinion) ? verdict
            : step.Decision == ReviewDecision.Approve ? opinion
            : $"{verdict}：{opinion}";
        return step.Grade is { } grade ? $"{text}（评级：{grade.Label()}）" : text;
    }
}
