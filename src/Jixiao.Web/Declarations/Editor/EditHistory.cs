using Jixiao.Domain.Checks;

namespace Jixiao.Web.Declarations.Editor;

/// The editor's undo for what changes many cells at once or removes something: applied suggestions (Finding.Fix: a
/// new indicator name and/or target value), a removed indicator row, and a file read over the declaration. Typing is
/// not recorded; the browser's own undo serves it. Undo never destroys typing: a row the user changed after the step
/// keeps the user's text.
public sealed class EditHistory
{
    /// One indicator row as a suggestion found it and left it.
    public sealed record RowChange(Guid RowKey, string OldName, string OldTarget, string NewName, string NewTarget);

    /// What an undo did: rows restored, and rows left as they are because the user changed them after the step.
    public sealed record Undone(string Label, int Restored, int Kept);

    private sealed record Entry(string Label, Func<DeclarationDraft, Undone> Revert);

    private readonly Stack<Entry> _entries = new();

    /// What the next undo takes back, e.g. "应用 12 条建议"; null when there is nothing to undo.
    public string? NextLabel => _entries.TryPeek(out var entry) ? entry.Label : null;

    /// Applies each finding's fix to its indicator row and records them as one step; how many rows changed.
    public int Apply(DeclarationDraft draft, IEnumerable<Finding> findings, string label)
    {
        var rows = new List<RowChange>();
        foreach (var finding in findings)
        {
            if (finding.Fix is not { } fix || Locations.IndicatorIndex(fix.Location) is not { } index || index >= draft.Indicators.Count)
                continue;
            var row = draft.Indicators[index];
            if (rows.Exists(r => r.RowKey == row.Key)) continue;   // one fix per row per step: the next check offers the rest
            var change = new RowChange(row.Key, row.Name, row.Target, fix.Name ?? row.Name, fix.TargetText ?? row.Target);
            row.Name = change.NewName;
            row.Target = change.NewTarget;
            rows.Add(change);
        }
        if (rows.Count > 0) _entries.Push(new Entry(label, d => RevertRows(d, label, rows)));
        return rows.Count;
    }

    /// Removes an indicator row; undo puts it back where it was.
    public void RemoveRow(DeclarationDraft draft, IndicatorRow row, string label)
    {
        var index = draft.Indicators.IndexOf(row);
        if (index < 0) return;
        draft.Indicators.RemoveAt(index);
        _entries.Push(new Entry(label, d =>
        {
            d.Indicators.Insert(Math.Min(index, d.Indicators.Count), row);
            return new Undone(label, 1, 0);
        }));
    }

    /// Records the draft as it was before it was replaced wholesale (a file read over it).
    public void RecordReplacement(DeclarationDraft before, string label)
    {
        var snapshot = before.Clone();
        _entries.Push(new Entry(label, d =>
        {
            d.ReplaceWith(snapshot);
            return new Undone(label, 1, 0);
        }));
    }

    /// Takes back the last step; null when there is none.
    public Undone? Undo(DeclarationDraft draft) => _entries.TryPop(out var entry) ? entry.Revert(draft) : null;

    public void Clear() => _entries.Clear();

    private static Undone RevertRows(DeclarationDraft draft, string label, IReadOnlyList<RowChange> rows)
    {
        int restored = 0, kept = 0;
        foreach (var change in rows)
        {
            if (draft.Row(change.RowKey) is { } row && row.Name == change.NewName && row.Target == change.NewTarget)
            {
                row.Name = change.OldName;
                row.Target = change.OldTarget;
                restored++;
            }
            else
            {
                kept++;
            }
        }
        return new Undone(label, restored, kept);
    }
}
