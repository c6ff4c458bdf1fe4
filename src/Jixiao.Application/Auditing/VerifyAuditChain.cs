using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Auditing;

/// Walks the audit log from the first entry and checks every link and hash against the rows in the database.
public sealed class VerifyAuditChain(JixiaoDbContext db)
{
    public sealed record Result(bool Valid, long Entries, long? FirstBrokenSequence, string? Reason);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(ct);
        var broken = AuditHashing.FirstBroken(entries);
        return new Result(broken is null, entries.Count, broken,
            broken is { } s ? $"第 {s} 条审计记录与其哈希链不符：该记录或其前一条在写入后被修改、删除或插入。" : null);
    }
}
