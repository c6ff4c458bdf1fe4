using Jixiao.Application.Access;
using Jixiao.Application.Auditing;
using Jixiao.Data;
using Jixiao.Data.Declarations;

namespace Jixiao.Application.Declarations;

/// 调整: an approved declaration gets a new draft version, a copy of the approved one, to be edited and reviewed
/// again. The approved version is not touched and stays readable (and its seals keep verifying).
public sealed class StartAdjustment(JixiaoDbContext db, AuditWriter audit, TimeProvider clock)
{
    public async Task<StatusAndRoute> RunAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var transaction = await db.BeginWriteAsync(ct);
        var record = await db.LoadVisibleAsync(caller, id, ct);
        record.EnsureOwnedBy(caller);
        var process = record.ToProcess();
        process.StartAdjustment();

        var approved = await db.VersionAsync(id, record.Version, ct);
        var now = clock.UtcNow();
        record.Version++;
        db.DeclarationVersions.Add(new DeclarationVersion
        {
            DeclarationId = id, Number = record.Version, Content = approved.Content, Origin = "adjustment",
            CreatedById = caller.UserId, CreatedAt = now,
        });
        record.Apply(process, now);
        await audit.AppendAsync(caller, "declaration.adjust", "declaration", id.ToString(),
            new { approvedVersion = approved.Number, version = record.Version }, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return record.StatusView(process);
    }
}
