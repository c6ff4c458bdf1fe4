using Jixiao.Application.Access;
using Jixiao.Application.Auditing;
using Jixiao.Data;
using Jixiao.Data.Declarations;
using Jixiao.Domain;
using Jixiao.Domain.Declarations;

namespace Jixiao.Application.Declarations;

/// The unit saves its edits as a new version. The request names the version it edited: if someone saved in the
/// meantime, this save is a conflict instead of silently overwriting theirs.
public sealed class SaveDraft(JixiaoDbContext db, AuditWriter audit, TimeProvider clock)
{
    public async Task<SavedDraft> RunAsync(Caller caller, Guid id, int editedVersion, Declaration content, CancellationToken ct)
    {
        await using var transaction = await db.BeginWriteAsync(ct);
        var record = await db.LoadVisibleAsync(caller, id, ct);
        record.EnsureOwnedBy(caller);
        record.ToProcess().EnsureEditable();
        if (editedVersion != record.Version)
            throw new DomainException($"申报表已被修改：您编辑的是第 {editedVersion} 版，当前是第 {record.Version} 版。请刷新后重新修改。");

        var now = clock.UtcNow();
        record.Version++;
        record.Index(content);
        record.Touch(now);
        db.DeclarationVersions.Add(new DeclarationVersion
        {
            DeclarationId = record.Id, Number = record.Version, Content = DeclarationContent.ToJson(content),
            Origin = "edited", CreatedById = caller.UserId, CreatedAt = now,
        });
        await audit.AppendAsync(caller, "declaration.edit", "declaration", record.Id.ToString(), new { version = record.Version }, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SavedDraft(record.Version, DeclarationContent.Check(content));
    }
}
