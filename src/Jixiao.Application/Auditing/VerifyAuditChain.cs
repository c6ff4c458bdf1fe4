using Jixiao.Application.Audit;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Auditing;

/// Walks the audit log from the first entry and checks every link and hash against the rows in the database.
public sealed class VerifyAuditChain(JixiaoDbContext db)
{
    public async Task<AuditVerification> RunAsync(CancellationToken ct)
    {
        var entries = db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var records = new List<AuditRecord>();
        await foreach (var entry in entries.WithCancellation(ct)) records.Add(entry.ToRecord());
        return AuditChain.Verify(records);
    }
}
