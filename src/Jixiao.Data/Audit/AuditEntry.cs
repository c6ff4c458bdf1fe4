namespace Jixiao.Data.Audit;

/// One entry of the append-only audit log (审计日志). Entries are chained: each hash covers the entry's fields and
/// the previous entry's hash (SM3), so an edited or deleted row breaks the chain from there on.
public sealed class AuditEntry
{
    /// 1, 2, 3 … without gaps.
    public long Sequence { get; set; }

    public DateTime At { get; set; }
    public Guid? ActorId { get; set; }
    public string Actor { get; set; } = "";

    /// What happened: declaration.create, declaration.review, user.create …
    public required string Action { get; set; }

    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";

    /// What changed, as JSON.
    public string Details { get; set; } = "{}";

    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
