using Jixiao.Application.Access;
using Jixiao.Data;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Declarations;

/// The caller's visible declarations, newest change first, optionally filtered by year and status.
public sealed class ListDeclarations(JixiaoDbContext db)
{
    public async Task<IReadOnlyList<DeclarationSummary>> RunAsync(Caller caller, int? year, DeclarationStatus? status, CancellationToken ct)
    {
        var query = db.VisibleDeclarations(caller).AsNoTracking();
        if (year is { } y) query = query.Where(d => d.Year == y);
        if (status is { } s) query = query.Where(d => d.Status == s);
        return await query
            .OrderByDescending(d => d.UpdatedAt)
            .Select(d => new DeclarationSummary(d.Id, d.ProjectName, d.Department!.Name, d.Year, d.Status, d.CurrentStage, d.Version, d.UpdatedAt))
            .ToListAsync(ct);
    }
}
