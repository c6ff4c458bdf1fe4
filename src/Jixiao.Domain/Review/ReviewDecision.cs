namespace Jixiao.Domain.Review;

/// What a review step decided (审核结论).
public enum ReviewDecision
{
    /// 通过: on to the next stage, or approved at the last one.
    Approve,
    /// 退回修改: back to the unit with comments.
    Return,
    /// 不予通过: the last stage graded the targets 差.
    Reject,
}

/// A reviewer's comment on one place of the form (a field or an indicator: the docs/json.md location path).
public sealed record ReviewComment(string? Location, string Text);
