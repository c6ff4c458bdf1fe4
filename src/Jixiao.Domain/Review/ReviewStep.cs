namespace Jixiao.Domain.Review;

/// One review step (审核意见栏): who reviewed at which stage of which submission round, what they decided and why.
/// Steps are never removed: a resubmission starts a new round and the earlier opinions stay in the history.
public sealed record ReviewStep
{
    /// The submission this step belongs to: 1 for the first submit, 2 after the first return …
    public required int Round { get; init; }
    public required ReviewStage Stage { get; init; }
    public required ReviewDecision Decision { get; init; }
    public ReviewGrade? Grade { get; init; }

    /// 审核意见
    public string? Opinion { get; init; }

    public IReadOnlyList<ReviewComment> Comments { get; init; } = [];

    /// 审核人: the user who decided.
    public required string Reviewer { get; init; }

    public required DateTimeOffset At { get; init; }
}
