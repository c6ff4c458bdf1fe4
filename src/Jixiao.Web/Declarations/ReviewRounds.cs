using Jixiao.Application.Declarations;
using Jixiao.Domain.Review;
using Jixiao.Web.Review;

namespace Jixiao.Web.Declarations;

/// A declaration's review steps sorted for display: the current round's step at each stage of its route, and the
/// earlier rounds (returned and resubmitted, or adjusted after approval), each step with whether its seal verifies.
public sealed class ReviewRounds
{
    private readonly Dictionary<(int Round, ReviewStage Stage), bool> _seals;

    public ReviewRounds(IReadOnlyList<RouteStage> route, IReadOnlyList<DeclarationHistory.StepEntry> steps,
        IReadOnlyList<ReviewEndpoints.SealCheck> seals)
    {
        _seals = seals.GroupBy(s => (s.Round, s.Stage)).ToDictionary(g => g.Key, g => g.All(s => s.Valid));
        // A stage the current round has decided has its step as the latest step at that stage; a pending or
        // current stage has none yet (an older round's step there belongs to that round).
        Current = route.ToDictionary(r => r.Stage, r => r.State is StageState.Pending or StageState.Current
            ? null
            : steps.Where(s => s.Stage == r.Stage).MaxBy(s => s.Time));
        var current = Current.Values.OfType<DeclarationHistory.StepEntry>().ToHashSet();
        Earlier = [.. steps.Where(s => !current.Contains(s)).GroupBy(s => s.Round).OrderByDescending(g => g.Key)
            .Select(g => new Round(g.Key, [.. g.OrderBy(s => s.Time)]))];
    }

    /// The step that decided each stage of the current route, or null while the stage waits.
    public IReadOnlyDictionary<ReviewStage, DeclarationHistory.StepEntry?> Current { get; }

    /// Earlier rounds, newest first.
    public IReadOnlyList<Round> Earlier { get; }

    /// Whether the step's seal verifies; null when the check did not cover it.
    public bool? SealValid(DeclarationHistory.StepEntry step) =>
        _seals.TryGetValue((step.Round, step.Stage), out var valid) ? valid : null;

    public sealed record Round(int Number, IReadOnlyList<DeclarationHistory.StepEntry> Steps);
}
