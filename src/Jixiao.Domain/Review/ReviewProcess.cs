using Jixiao.Domain.Declarations;

namespace Jixiao.Domain.Review;

/// The review state machine of one declaration (domain notes §5): draft → in review along its route → approved,
/// returned or rejected. Every transition either happens or throws a <see cref="DomainException"/> with the reason in
/// Chinese; none silently does nothing.
public sealed class ReviewProcess
{
    private readonly List<ReviewStep> _steps;

    public DeclarationStatus Status { get; private set; }

    /// The stages of the current round, fixed at submission from the project types.
    public IReadOnlyList<ReviewStage> Route { get; private set; }

    /// Index into <see cref="Route"/> of the stage the declaration waits at; null unless in review.
    public int? StageIndex { get; private set; }

    /// How many times the declaration has been submitted; each submission is one round of the route.
    public int Round { get; private set; }

    /// Every step of every round, oldest first.
    public IReadOnlyList<ReviewStep> Steps => _steps;

    public ReviewStage? CurrentStage => StageIndex is { } i ? Route[i] : null;

    public bool IsEditable => Status is DeclarationStatus.Draft or DeclarationStatus.Returned;

    public ReviewProcess() : this(DeclarationStatus.Draft, [], null, 0, []) { }

    private ReviewProcess(DeclarationStatus status, IReadOnlyList<ReviewStage> route, int? stageIndex, int round, IEnumerable<ReviewStep> steps)
    {
        Status = status;
        Route = route;
        StageIndex = stageIndex;
        Round = round;
        _steps = [.. steps];
    }

    /// Rebuilds a process from what was stored; the stored state is trusted to have come from these transitions.
    public static ReviewProcess Restore(DeclarationStatus status, IReadOnlyList<ReviewStage> route, int? stageIndex, int round, IEnumerable<ReviewStep> steps)
    {
        if (stageIndex is { } i && (i < 0 || i >= route.Count))
            throw new ArgumentOutOfRangeException(nameof(stageIndex), $"Stage index {i} is outside a route of {route.Count} stages.");
        return new ReviewProcess(status, route, stageIndex, round, steps);
    }

    /// Throws unless the unit may change the content now: only a draft or a returned declaration is editable.
    public void EnsureEditable()
    {
        if (!IsEditable)
            throw new DomainException($"申报表当前为「{Status.Label()}」，不能修改。" + (Status == DeclarationStatus.Approved ? "已批复的申报表须通过调整（新建调整版本）修改。" : ""));
    }

    /// 提交: starts a new round of the route the project types call for. The caller has made sure no error-level
    /// finding remains (those are data, returned to the unit, not exceptions).
    public void Submit(IEnumerable<ProjectType> projectTypes)
    {
        if (!IsEditable)
            throw new DomainException($"申报表当前为「{Status.Label()}」，不能提交。");
        Route = ReviewRoute.For(projectTypes);
        Round++;
        StageIndex = 0;
        Status = DeclarationStatus.InReview;
    }

    /// 撤回: the unit takes a submission back, allowed only until the first reviewer of the round has acted.
    public void Withdraw()
    {
        if (Status != DeclarationStatus.InReview)
            throw new DomainException($"申报表当前为「{Status.Label()}」，没有可撤回的提交。");
        if (_steps.Any(s => s.Round == Round))
            throw new DomainException("审核已经开始，不能撤回；请联系当前审核人退回修改。");
        Status = DeclarationStatus.Draft;
        StageIndex = null;
        Round--;    // the withdrawn round left no trace in the history, so it does not count
    }

    /// One reviewer's decision at <paramref name="stage"/>. Only the last stage grades the targets: 优/良 approve,
    /// 中 can only return, 差 rejects whatever the decision.
    public ReviewStep Review(ReviewStage stage, ReviewDecision decision, ReviewGrade? grade, string? opinion,
        IReadOnlyList<ReviewComment> comments, string reviewer, DateTimeOffset at)
    {
        if (Status != DeclarationStatus.InReview)
            throw new DomainException($"申报表当前为「{Status.Label()}」，不在审核中。");
        if (CurrentStage != stage)
            throw new DomainException($"申报表当前在「{CurrentStage!.Value.Label()}」环节，不在「{stage.Label()}」环节，不能审核。");
        if (decision == ReviewDecision.Reject)
            throw new DomainException("审核结论只能是通过或退回修改；评级为「差」时不予通过。");

        var isLast = StageIndex == Route.Count - 1;
        if (grade is not null && !isLast)
            throw new DomainException($"「{stage.Label()}」环节不评级；绩效目标由最后一个财政审核环节评级。");
        if (isLast && decision == ReviewDecision.Approve && grade is null)
            throw new DomainException("最后一个审核环节通过时须对绩效目标评级（优或良）。");
        if (grade == ReviewGrade.Fair && decision == ReviewDecision.Approve)
            throw new DomainException("评级为「中」的绩效目标不能通过，只能退回修改后重新提交。");
        if (decision == ReviewDecision.Return && string.IsNullOrWhiteSpace(opinion) && comments.Count == 0)
            throw new DomainException("退回修改须写明审核意见或修改意见。");

        var effective = grade == ReviewGrade.Poor ? ReviewDecision.Reject : decision;
        var step = new ReviewStep
        {
            Round = Round, Stage = stage, Decision = effective, Grade = grade,
            Opinion = opinion, Comments = comments, Reviewer = reviewer, At = at,
        };
        _steps.Add(step);

        switch (effective)
        {
            case ReviewDecision.Approve when isLast:
                Status = DeclarationStatus.Approved;
                StageIndex = null;
                break;
            case ReviewDecision.Approve:
                StageIndex++;
                break;
            case ReviewDecision.Return:
                Status = DeclarationStatus.Returned;
                StageIndex = null;
                break;
            case ReviewDecision.Reject:
                Status = DeclarationStatus.Rejected;
                StageIndex = null;
                break;
        }
        return step;
    }

    /// 调整: an approved declaration is changed by a new draft version that is reviewed again; the approved
    /// version itself stays as it was.
    public void StartAdjustment()
    {
        if (Status != DeclarationStatus.Approved)
            throw new DomainException($"只有已批复的申报表可以调整，当前为「{Status.Label()}」。");
        Status = DeclarationStatus.Draft;
        StageIndex = null;
    }

    /// The route of the current round with each stage's state; before the first submission (or after an adjustment
    /// started) the route the given project types would take, all pending.
    public IReadOnlyList<StageProgress> Progress(IEnumerable<ProjectType> projectTypes)
    {
        if (Status == DeclarationStatus.Draft || Route.Count == 0)
            return [.. ReviewRoute.For(projectTypes).Select(s => new StageProgress(s, StageState.Pending))];

        var roundSteps = _steps.Where(s => s.Round == Round).ToList();
        return [.. Route.Select((stage, i) =>
        {
            var step = roundSteps.LastOrDefault(s => s.Stage == stage);
            var state = step?.Decision switch
            {
                ReviewDecision.Approve => StageState.Approved,
                ReviewDecision.Return => StageState.Returned,
                ReviewDecision.Reject => StageState.Rejected,
                null => i == StageIndex ? StageState.Current : StageState.Pending,
            };
            return new StageProgress(stage, state);
        })];
    }
}
