using Jixiao.Application.Access;
using Jixiao.Application.Auditing;
using Jixiao.Data;

namespace Jixiao.Application.Declarations;

/// 撤回: the unit takes its submission back before the first reviewer has acted; it is a draft again.
public sealed class WithdrawDeclaration(JixiaoDbContext db, AuditWriter audit, TimeProvider clock)
{
    public async Task<StatusAndRoute> RunAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var transaction = await db.BeginWriteAsync(ct);
        var record = await db.LoadVisibleAsync(caller, id, ct);
        record.EnsureOwnedBy(caller);
        var process = record.ToProcess();
        process.Withdraw();
        record.Apply(process, clock.UtcNow());
        await audit.AppendAsync(caller, "declaration.withdraw", "declaration", record.Id.ToString(), new { version = record.Version }, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return record.StatusView(process);
    }
}
