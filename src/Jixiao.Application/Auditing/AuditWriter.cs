using System.Text.Json;
using Jixiao.Application.Access;
using Jixiao.Application.Audit;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Auditing;

/// Appends entries to the audit log (审计日志) inside the caller's write transaction, so that a change and its
/// entry are saved together or not at all. Each entry is chained to the one before it (<see cref="AuditChain"/>);
/// the write lock of <see cref="JixiaoDbContext.BeginWriteAsync"/> keeps the chain in order.
public sealed class AuditWriter(JixiaoDbContext db, TimeProvider clock)
{
    private AuditRecord? _last;
    private bool _loaded;

    public async Task AppendAsync(Caller actor, string action, string entityType, string entityId, object? details, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Audit entries are appended inside BeginWriteAsync, so that they chain in order.");
        if (!_loaded)
        {
            var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(ct);
            _last = last?.ToRecord();
            _loaded = true;
        }

        var record = AuditChain.Next(_last, new AuditRecord
        {
            Sequence = 0,
            At = new DateTimeOffset(clock.UtcNow()),
            Actor = actor.UserName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = details is null ? "{}" : JsonSerializer.Serialize(details, AuditJson),
        });
        db.AuditEntries.Add(new AuditEntry
        {
            Sequence = record.Sequence, At = record.At.UtcDateTime, ActorId = actor.UserId == Guid.Empty ? null : actor.UserId,
            Actor = record.Actor, Action = record.Action, EntityType = record.EntityType, EntityId = record.EntityId,
            Details = record.Details, PreviousHash = record.PreviousHash, Hash = record.Hash,
        });
        _last = record;
    }

    /// Camel case, Chinese text as is (not \u-escaped), so the stored details read like the API.
    public static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

public static class AuditEntryRecords
{
    public static AuditRecord ToRecord(this AuditEntry e) => new()
    {
        Sequence = e.Sequence, At = new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Utc)), Actor = e.Actor,
        Action = e.Action, EntityType = e.EntityType, EntityId = e.EntityId, Details = e.Details,
        PreviousHash = e.PreviousHash, Hash = e.Hash,
    };
}
