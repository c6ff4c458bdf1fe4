using Jixiao.Application.Declarations;
using Jixiao.Web.Shared.Ui;

namespace Jixiao.Web.Declarations.Editor;

/// What the reviewers said when they last returned the declaration (退回修改): their opinions, and each comment placed
/// beside the field or indicator row it concerns. Rows are found by key, so a comment stays with its indicator when
/// the filer moves rows.
public sealed class ReviewNotes
{
    /// One comment or opinion and who wrote it (业务科 · 张三 · 2022年1月20日); a comment on an indicator also names
    /// the row it concerns (its key), wherever the row has moved since. <paramref name="Version"/> is the version the
    /// reviewer read: its row numbers are those of that version.
    public sealed record Note(string Author, string Text, string Location, int Version, Guid? RowKey = null)
    {
        /// On an indicator, but of a version the filer has saved over since: its row number may point at another row now.
        public bool IsOfEarlierTable => RowKey is null && Locations.IndicatorIndex(Location) is not null;
    }

    private readonly Dictionary<string, List<Note>> _byField = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, List<Note>> _byRow = [];

    public static ReviewNotes None { get; } = new();

    /// The opinions of the return (审核意见), newest first.
    public IReadOnlyList<Note> Opinions { get; private init; } = [];

    /// Every comment, in the order the reviewer wrote them.
    public IReadOnlyList<Note> Comments { get; private init; } = [];

    public bool IsEmpty => Opinions.Count == 0 && Comments.Count == 0;

    /// The notes of the latest round's return, placed on <paramref name="draft"/> as it was loaded (version
    /// <paramref name="loadedVersion"/>). A comment on an indicator is placed on its row only when the reviewer read this
    /// very version: after the filer saved, rows may have moved, been added or removed, and a row number would lie.
    public static ReviewNotes From(DeclarationHistory.History history, DeclarationDraft draft, int loadedVersion)
    {
        var returns = history.Steps.Where(s => s.Decision == "return").ToList();
        if (returns.Count == 0) return None;
        var round = returns.Max(s => s.Round);
        var steps = returns.Where(s => s.Round == round).OrderByDescending(s => s.Time).ToList();

        var notes = new ReviewNotes
        {
            Opinions = [.. steps.Where(s => !string.IsNullOrWhiteSpace(s.Opinion)).Select(s => new Note(Author(s), s.Opinion!, "", s.Version))],
            Comments = [.. steps.SelectMany(s => s.Comments.Where(c => !string.IsNullOrWhiteSpace(c.Text))
                .Select(c => Place(new Note(Author(s), c.Text, c.Location ?? "", s.Version), draft, loadedVersion)))],
        };
        foreach (var comment in notes.Comments)
        {
            if (comment.RowKey is { } key) Add(notes._byRow, key, comment);
            else Add(notes._byField, comment.Location, comment);
        }
        return notes;
    }

    private static Note Place(Note comment, DeclarationDraft draft, int loadedVersion) =>
        comment.Version == loadedVersion && Locations.IndicatorIndex(comment.Location) is { } index && index < draft.LoadedOrder.Count
            ? comment with { RowKey = draft.LoadedOrder[index] }
            : comment;

    /// The comments on a field (projectName, budget.total, fundSources[0].currentYear …).
    public IReadOnlyList<Note> At(string location) => _byField.TryGetValue(location, out var list) ? list : [];

    /// The comments on an indicator row or one of its cells.
    public IReadOnlyList<Note> ForRow(Guid key) => _byRow.TryGetValue(key, out var list) ? list : [];

    private static string Author(DeclarationHistory.StepEntry step) =>
        $"{Zh.StageShort(step.Stage)} · {step.ReviewerName} · {Zh.Date(step.Time)}";

    private static void Add<TKey>(Dictionary<TKey, List<Note>> map, TKey key, Note note) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(note);
    }
}
