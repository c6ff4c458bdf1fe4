namespace Jixiao.Interchange.Text;

/// Reads a declaration form extracted to text (tab- or pipe-separated cells, one cell per line, space-separated,
/// a whole form run together): the form is recognised by its labels, not by line positions.
public static class TextFormReader
{
    /// The fewest labels, table headings and indicators a text must show to be taken for a declaration form.
    private const int LeastRecognised = 2;

    /// Reads the form. Throws <see cref="FormReadException"/> when the text is not a declaration form at all.
    public static ReadResult Read(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(VerticalLabels.Join(GluedText.Expand(CellLineBreaks.Join(AlignedTable.Convert(SourceLines.Split(text))))), fileName);
    }

    /// Reads the form from rows already split into cells (a workbook's sheet, <see cref="Excel.Reading.SheetRows"/>).
    internal static ReadResult Read(List<SourceRow> rows, string fileName)
    {
        // a size hint only: a real form has a few hundred rows, a hostile file millions that are no indicators
        var draft = new DeclarationDraft(Math.Min(rows.Count, 1024));
        new FormScanner(rows, draft).Run();
        if (draft.Recognised < LeastRecognised)
            throw new FormReadException(fileName, "没有找到申报表的栏目（如“项目名称”“一级指标”“指标值”），这不是一份绩效目标申报表。");
        var declaration = draft.Build();
        return new ReadResult(declaration, draft.Findings, draft.Sources);
    }
}
