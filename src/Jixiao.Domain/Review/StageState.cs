namespace Jixiao.Domain.Review;

/// How far the current round has got with one stage of the route.
public enum StageState
{
    /// Not reached yet.
    Pending,
    /// The declaration waits here.
    Current,
    Approved,
    Returned,
    Rejected,
}

/// A stage of the route with its state in the current round.
public sealed record StageProgress(ReviewStage Stage, StageState State);
