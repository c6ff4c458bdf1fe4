namespace Jixiao.Web.Declarations.Editor;

/// What every section of the form editor works on: the draft, its findings as of the last change, the reviewers'
/// comments, and the callback that re-checks the draft after the user changed it.
public sealed class EditorContext(DeclarationDraft draft, Func<Task> changed)
{
    public DeclarationDraft Draft { get; set; } = draft;

    public DraftFindings Findings { get; set; } = DraftFindings.None;

    public ReviewNotes Notes { get; set; } = ReviewNotes.None;

    /// Call after any change to the draft: re-runs the checker, updates the unsaved-changes state and re-renders.
    public Func<Task> Changed { get; } = changed;

    /// The undo of what the editor changes on the user's behalf (suggestions, removed rows, a file read over it).
    public EditHistory History { get; } = new();

    /// Moves focus to the element with this id once the next render has put it on the page (a new row, a moved one).
    public Action<string> FocusAfterRender { get; set; } = _ => { };

    /// Says what just happened in the page's status line (read out by screen readers).
    public Action<string> Announce { get; set; } = _ => { };
}
