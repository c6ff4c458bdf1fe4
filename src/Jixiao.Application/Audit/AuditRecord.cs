using Jixiao.Application.Seals;

namespace Jixiao.Application.Audit;

/// One entry of the append-only audit log (审计日志): who did what to which entity, and when.
/// <see cref="PreviousHash"/> and <see cref="Hash"/> chain it to the entry before (see <see cref="AuditChain"/>).
public sealed record AuditRecord
{
    /// 1, 2, 3 … without gaps. Assign it as the last sequence + 1 inside the transaction that writes the entry
    /// (a unique index makes a concurrent writer retry) — not from a database sequence or identity column, which
    /// skip numbers on rollback, and a gap reads as a deleted entry.
    public required long Sequence { get; init; }

    /// Hashed to the millisecond in UTC; store <see cref="CanonicalTime.Truncate"/> of the clock value.
    public required DateTimeOffset At { get; init; }

    /// The user name, or "system" for what the server does by itself.
    public required string Actor { get; init; }

    /// What happened: "declaration.create", "declaration.review", "user.create" …
    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    /// JSON text, hashed exactly as stored: keep it in a text column (jsonb would rewrite it).
    public string Details { get; init; } = "{}";

    /// 64 hex characters: the previous entry's <see cref="Hash"/>, or <see cref="AuditChain.GenesisHash"/>.
    public string PreviousHash { get; init; } = "";

    /// 64 hex characters: SM3(previous hash ‖ <see cref="CanonicalBytes"/>).
    public string Hash { get; init; } = "";

    /// Length-prefixed fields (see <see cref="CanonicalWriter"/>): "jixiao-audit/1", sequence, time, actor, action,
    /// entity type, entity id, details. The hashes are not part of it; they are what it is checked against.
    public byte[] CanonicalBytes() =>
        new CanonicalWriter("jixiao-audit/1")
            .Add(Sequence)
            .Add(At)
            .Add(Actor)
            .Add(Action)
            .Add(EntityType)
            .Add(EntityId)
            .Add(Details)
            .ToArray();
}
