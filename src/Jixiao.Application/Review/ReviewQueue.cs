using Jixiao.Application.Access;
using Jixiao.Application.Declarations;
using Jixiao.Data;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// What waits at the caller's stage (within their scope), oldest first: the reviewer's work list.
public sealed class ReviewQueue(JixiaoDbContext db)
{
    public async Task<IReadOnlyList<DeclarationSummary>> RunAsync(Caller caller, CancellationToken ct)
    {
        if (caller.Stage is not { } stage) return [];
        return await db.VisibleDeclarations(caller).AsNoTracking()
            .Where(d => d.Status == DeclarationStatus.InReview && d.CurrentStage == stage)
            .OrderBy(d => d.UpdatedAt)
            .Select(d => new DeclarationSummary(d.Id, d.ProjectName, d.Department!.Name, d.Year, d.Status, d.CurrentStage, d.Version, d.UpdatedAt))
            .ToListAsync(ct);
    }
}
