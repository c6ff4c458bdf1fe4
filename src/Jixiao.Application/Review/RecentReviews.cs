using Jixiao.Application.Access;
using Jixiao.Application.Declarations;
using Jixiao.Data;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// The caller's own latest review decisions, newest first: what a reviewer reviewed lately (their workbench), limited
/// to declarations they may still see.
public sealed class RecentReviews(JixiaoDbContext db)
{
    public const int MaxLimit = 50;

    public sealed record Entry(Guid Id, string ProjectName, string Department, int? Year, DeclarationStatus Status,
        ReviewStage Stage, string StageLabel, string Decision, string? Grade, string? Opinion, DateTime ReviewedAt);

    public async Task<IReadOnlyList<Entry>> RunAsync(Caller caller, int? limit, CancellationToken ct)
    {
        var take = limit ?? 10;
        if (take is < 1 or > MaxLimit) throw new BadInputException($"limit 须在 1 到 {MaxLimit} 之间。");
        var visible = db.VisibleDeclarations(caller);
        var steps = await (
                from s in db.ReviewSteps.AsNoTracking()
                where s.ReviewerId == caller.UserId
                join d in visible on s.DeclarationId equals d.Id
                orderby s.SignedAt descending
                select new { d.Id, d.ProjectName, Department = d.Department!.Name, d.Year, d.Status, s.Stage, s.Decision, s.Grade, s.Opinion, s.SignedAt })
            .Take(take)
            .ToListAsync(ct);
        return [.. steps.Select(s => new Entry(s.Id, s.ProjectName, s.Department, s.Year, s.Status, s.Stage, s.Stage.Label(),
            DeclarationHistory.DecisionName(s.Decision), s.Grade?.Label(), s.Opinion, s.SignedAt))];
    }
}
