using Jixiao.Application.Declarations;
using Jixiao.Web.Shared.Api;

namespace Jixiao.Web.Declarations.Editor;

/// A save refused because someone saved a newer version first (409): what the user edited, the version they
/// started from, the newer one, and who saved it. The user's draft stays in the editor until they choose.
public sealed record SaveConflict(
    string Detail,
    int EditedVersion,
    DeclarationView Latest,
    DeclarationHistory.VersionEntry? SavedBy,
    IReadOnlyList<DraftChange> Changes)
{
    /// What the user chose; null while they have not.
    public ConflictOutcome? Outcome { get; init; }

    /// The changes made on the newer version (re-applied), or kept for copying (discarded).
    public IReadOnlyList<DraftChange> Handled { get; init; } = [];
}

public enum ConflictOutcome
{
    /// The newer version was loaded and the user's changes made on it again; not yet saved.
    Reapplied,
    /// The newer version was loaded without the user's changes; they stay listed (and downloadable) here.
    Discarded,
}
