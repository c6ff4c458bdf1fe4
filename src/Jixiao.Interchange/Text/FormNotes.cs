using System.Text.RegularExpressions;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Text;

/// The notes under the form (注：1. … 2. … 3. …), kept without their numbering.
internal static partial class FormNotes
{
    public static bool IsStart(SourceRow row) =>
        row.Cells.Length > 0 && row.Cells[0].Text[0] is '注' or '说' or '备' or '填' && NotesMark().IsMatch(row.Joined);

    /// The first line of the notes: "注：1. 表格最后一列…".
    public static void ReadStart(SourceRow row, DeclarationDraft draft)
    {
        var text = row.Joined;
        var mark = NotesMark().Match(text);
        Add(text[mark.Length..], row.Line, draft, continuing: false);
        draft.Recognised++;
    }

    /// A later line: a numbered note, or the rest of the note above.
    public static void ReadNext(SourceRow row, DeclarationDraft draft) => Add(row.Joined, row.Line, draft, continuing: true);

    private static void Add(string text, int line, DeclarationDraft draft, bool continuing)
    {
        var number = Numbering().Match(text);
        if (number.Success) text = text[number.Length..];
        text = text.Trim();
        if (text.Length == 0) return;
        if (continuing && !number.Success && draft.Notes.Count > 0)
        {
            draft.Notes[^1] = ChineseText.Join(draft.Notes[^1], text);
            return;
        }
        draft.Sources.Add($"notes[{draft.Notes.Count}]", new SourceRef(line));
        draft.Notes.Add(text);
    }

    [GeneratedRegex(@"^\s*(?:注|说明|备注|填表说明)\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex NotesMark();

    // 1.  1、  1．  (1)  （1）  ①
    [GeneratedRegex(@"^\s*(?:\d{1,2}\s*[.、．]|[(（]\s*\d{1,2}\s*[)）]|[①②③④⑤⑥⑦⑧⑨⑩])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();
}
