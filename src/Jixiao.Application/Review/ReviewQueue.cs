using Jixiao.Application.Access;
using Jixiao.Application.Declarations;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// What waits for the caller's decision (<see cref="DeclarationScope.AwaitingDecision"/>), oldest first: the reviewer's work list.
public sealed class ReviewQueue(JixiaoDbContext db)
{
    public async Task<IReadOnlyList<DeclarationSummary>> RunAsync(Caller caller, CancellationToken ct)
    {
        return await db.AwaitingDecision(caller).AsNoTracking()
            .OrderBy(d => d.UpdatedAt)
            .Select(d => new DeclarationSummary(d.Id, d.ProjectName, d.Department!.Name, d.Year, d.Status, d.CurrentStage, d.Version, d.UpdatedAt))
            .ToListAsync(ct);
    }
}
