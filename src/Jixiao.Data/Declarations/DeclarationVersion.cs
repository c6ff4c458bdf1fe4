namespace Jixiao.Data.Declarations;

/// One saved version of a declaration's content, as the JSON of docs/json.md. Never updated: an edit adds a
/// version, so every version stays readable, can be diffed, and is exactly what a seal signed.
public sealed class DeclarationVersion
{
    public Guid DeclarationId { get; set; }
    public int Number { get; set; }

    /// The declaration as docs/json.md JSON text.
    public required string Content { get; set; }

    /// Why this version exists: created, imported, edited, adjustment.
    public required string Origin { get; set; }

    public Guid CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
}
