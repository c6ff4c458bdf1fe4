using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jixiao.Application.Access;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Auditing;

/// Appends entries to the audit log (审计日志) inside the caller's write transaction, so that a change and its
/// entry are saved together or not at all. Each entry is chained to the one before it by hash.
public sealed class AuditWriter(JixiaoDbContext db, TimeProvider clock)
{
    private AuditEntry? _last;
    private bool _loaded;

    public async Task AppendAsync(Caller actor, string action, string entityType, string entityId, object? details, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Audit entries are appended inside BeginWriteAsync, so that they chain in order.");
        if (!_loaded)
        {
            _last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(ct);
            _loaded = true;
        }

        var entry = new AuditEntry
        {
            Sequence = (_last?.Sequence ?? 0) + 1,
            At = clock.UtcNow(),
            ActorId = actor.UserId == Guid.Empty ? null : actor.UserId,
            Actor = actor.UserName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = details is null ? "{}" : JsonSerializer.Serialize(details, AuditJson),
        };
        AuditHashing.Seal(entry, _last);
        db.AuditEntries.Add(entry);
        _last = entry;
    }

    /// Camel case, Chinese text as is (not \u-escaped), so the stored details read like the API.
    public static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// TEMPORARY (server branch): SHA-256 chaining until branch seals lands with AuditChain (SM3); then this class
/// becomes a mapping to AuditRecord and AuditChain.Next / Verify.
public static class AuditHashing
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static void Seal(AuditEntry entry, AuditEntry? previous)
    {
        entry.PreviousHash = previous?.Hash ?? Genesis;
        entry.Hash = Compute(entry);
    }

    public static string Compute(AuditEntry e) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
        e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), e.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        e.ActorId?.ToString() ?? "", e.Actor, e.Action, e.EntityType, e.EntityId, e.Details, e.PreviousHash))));

    /// The first entry whose stored hash or link does not match, or null when the chain is intact.
    public static long? FirstBroken(IEnumerable<AuditEntry> inOrder)
    {
        var previous = Genesis;
        long expected = 1;
        foreach (var e in inOrder)
        {
            if (e.Sequence != expected || e.PreviousHash != previous || e.Hash != Compute(e)) return e.Sequence;
            previous = e.Hash;
            expected++;
        }
        return null;
    }
}
