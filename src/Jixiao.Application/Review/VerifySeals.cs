using Jixiao.Application.Access;
using Jixiao.Application.Declarations;
using Jixiao.Data;
using Jixiao.Domain.Review;

namespace Jixiao.Application.Review;

/// Recomputes every step's sealed payload from the stored version content and step fields and checks its
/// signature: any later change to them — even straight in the database — makes that step invalid.
public sealed class VerifySeals(JixiaoDbContext db, ReviewSeals seals)
{
    public sealed record StepResult(Guid StepId, int Version, int Round, ReviewStage Stage, string Section, string? KeyFingerprint, bool Valid);

    public sealed record Result(Guid Id, bool Valid, IReadOnlyList<StepResult> Steps);

    public async Task<Result> RunAsync(Caller caller, Guid id, CancellationToken ct)
    {
        var record = await db.LoadVisibleAsync(caller, id, ct);
        var contents = new Dictionary<int, string>();
        var results = new List<StepResult>();
        foreach (var step in record.Steps.OrderBy(s => s.Round).ThenBy(s => s.Stage))
        {
            if (!contents.TryGetValue(step.VersionNumber, out var content))
                contents[step.VersionNumber] = content = (await db.VersionAsync(id, step.VersionNumber, ct)).Content;
            var valid = await seals.VerifyAsync(step, content, ct);
            results.Add(new StepResult(step.Id, step.VersionNumber, step.Round, step.Stage, step.SectionName, step.KeyFingerprint, valid));
        }
        return new Result(id, results.All(r => r.Valid), results);
    }
}
