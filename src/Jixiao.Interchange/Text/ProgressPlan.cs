namespace Jixiao.Interchange.Text;

/// Reads 项目实施进度计划 (Hunan's progress plan): a heading row (项目实施进度计划 | 项目实施内容 | 开始时间 | 完成时间
/// [| 备注]) and one row per work item (1.管网改造 | 2024年3月 | 2024年8月). The model has no member for a plan, so each
/// item is kept whole in OtherFields under the plan's label ("1.管网改造：2024年3月至2024年8月"). Its 开始时间 and
/// 完成时间 are the item's: they must not become the project's start and end dates.
internal sealed class ProgressPlan(DeclarationDraft draft)
{
    public const string Label = "项目实施进度计划";

    // Column headings seen under the plan's label; 开始时间 and 完成时间 are also form labels and are matched as such.
    private static readonly HashSet<string> ContentColumns = ["项目实施内容", "项目实施进度内容", "实施内容", "进度内容", "主要内容", "实施进度内容", "备注"];

    /// The column headings after the item's own (开始时间, 完成时间, 备注), in printed order.
    private readonly List<string> _columns = [];

    // One cell per line: the plan's label alone on its line, then the heading's cells and each item's cells on lines
    // of their own. An item is complete when it has a cell for each column (a blank line is an empty cell).
    private bool _labelAlone;
    private bool _oneCellPerLine;
    private readonly List<string> _itemCells = [];
    private int _itemWidth;
    private int _itemLine;

    /// Reads the heading row: <paramref name="items"/> from the plan's label on.
    public void ReadHeading(List<RowItem> items, int line)
    {
        _columns.Clear();
        _labelAlone = items is [{ Value.Length: 0 }];
        _oneCellPerLine = false;
        // "项目实施进度计划：…" in one cell (or text run together): what follows the label is a heading or an item.
        if (items[0].Value.Length > 0) ReadHeadingOrItem([items[0].Value], line);
        var rest = new List<string>(items.Count);
        for (var k = 1; k < items.Count; k++)
        {
            if (items[k].IsLabel) rest.Add(ChineseText.Normalize(items[k].Printed));
            if (items[k].Value.Length > 0) rest.Add(items[k].Value);
        }
        if (rest.Count > 0) ReadHeadingOrItem(rest, line);
    }

    /// Reads a row of the plan; false when the row is not one (it starts with another label: the plan has ended).
    public bool TryRead(SourceRow row)
    {
        var items = RowItems.Extract(row);
        if (items.Count == 0 || (items[0].Meaning is { } meaning && !IsColumn(meaning))
            // An indicator table whose heading was not recognised: its rows are no work items (they are said as unplaced).
            || LevelLabel.Of(row.Cells[0].Text).Role != LevelRole.None)
        {
            Flush();
            return false;
        }
        var texts = new List<string>(items.Count + 1);
        foreach (var item in items)
        {
            if (item.IsLabel) texts.Add(ChineseText.Normalize(item.Printed));
            if (item.Value.Length > 0) texts.Add(item.Value);
        }
        if (row.Layout == RowLayout.Text && texts.Count == 1 && TryReadCell(texts[0], row.Line)) return true;
        if (row.Layout == RowLayout.Text && texts.Count == 1 && SpacedCells(row) is { } spaced)
        {
            Flush();
            AddItem(spaced, row.Line);
            return true;
        }
        if (row.Layout != RowLayout.Text && !IsColumnText(texts[0])) KeepBlankCells(items, texts);
        Flush();
        ReadHeadingOrItem(texts, row.Line);
        return true;
    }

    /// "1.公益文化活动组织  2024年2月  2024年12月" (space-separated text): the item's cells, set apart by the gaps of two
    /// spaces or more when the line has them, else by its spaces, when they are no more than the item's name and the
    /// plan's columns and each under a date column holds a digit. Read as one text, the name and its dates ran together.
    private List<string>? SpacedCells(SourceRow row)
    {
        if (_columns.Count == 0 || row.Cells.Length < 2) return null;
        var raw = row.Raw.AsSpan().Trim();
        var cells = new List<string>(1 + _columns.Count);
        var wide = raw.IndexOf("  ", StringComparison.Ordinal) >= 0;
        while (raw.Length > 0)
        {
            var gap = wide ? raw.IndexOf("  ", StringComparison.Ordinal) : ChineseText.IndexOfSpace(raw);
            var cell = gap < 0 ? raw : raw[..gap];
            cells.Add(ChineseText.Normalize(cell));
            raw = gap < 0 ? default : raw[gap..].TrimStart();
        }
        if (cells.Count < 2 || cells.Count > 1 + _columns.Count) return null;
        for (var k = 1; k < cells.Count; k++)
            if (IsDateColumn(_columns[k - 1]) && !ChineseText.HasAsciiDigit(cells[k])) return null;
        return cells;
    }

    /// "2.广场施工 | (blank) | 2025年10月": a blank cell between an item's cells, which tabs and pipes keep as a gap in
    /// the cells' columns, is kept as an empty text, so that the 完成时间 after it is not read as the 开始时间. Only when
    /// the item then has no more cells than the plan has columns (a name printed across two columns leaves a gap too).
    private void KeepBlankCells(List<RowItem> items, List<string> texts)
    {
        var blanks = 0;
        for (var k = 1; k < items.Count; k++)
            if (items[k].Column > items[k - 1].Column + 1) blanks += items[k].Column - items[k - 1].Column - 1;
        if (blanks == 0 || items.Count != texts.Count || texts.Count + blanks > 1 + _columns.Count) return;
        for (var k = items.Count - 1; k >= 1; k--)
            for (var gap = items[k].Column - items[k - 1].Column - 1; gap > 0; gap--) texts.Insert(k, "");
    }

    /// A blank line: an empty cell of the item being read one cell per line (before its first cell, the blank under
    /// the plan's label).
    public void ReadEmptyCell()
    {
        if (_itemWidth == 0) return;
        // Kept as a cell: a blank 开始时间 must not let the 完成时间 after it take its place.
        _itemCells.Add("");
        if (++_itemWidth == 1 + _columns.Count) Flush();
    }

    /// One cell per line: a heading cell right after the plan's label adds a column, any other cell goes to the item.
    private bool TryReadCell(string text, int line)
    {
        if (_labelAlone && _itemWidth == 0 && IsColumnText(text))
        {
            if (!ContentColumns.Contains(text) || text == "备注") _columns.Add(text);
            _oneCellPerLine = true;
            return true;
        }
        if (!_oneCellPerLine) return false;
        _labelAlone = false;
        if (_itemCells.Count > 0 && StartsAnItem(text)) Flush();
        if (_itemWidth == 0) _itemLine = line;
        _itemCells.Add(text);
        if (++_itemWidth == 1 + _columns.Count) Flush();
        return true;
    }

    /// A cell numbered like the item's name ("3.验收移交" after "2.广场施工"), arriving where a date or a remark is
    /// expected: the item ended early (the extraction dropped a blank date cell), and this cell is the next item's name.
    /// The short item keeps the cells it has, so the rows after it stay aligned.
    private bool StartsAnItem(string text) => Numbering.Length(text) > 0 && Numbering.Length(_itemCells[0]) > 0;

    /// Ends the item being read one cell per line, complete or not.
    public void Flush()
    {
        if (_itemCells.Count > 0) AddItem([.. _itemCells], _itemLine);
        _itemCells.Clear();
        _itemWidth = 0;
    }

    // 开始时间, 完成时间 and the like: the plan's columns, not the project's dates, while the plan is being read.
    private static bool IsColumn(LabelMeaning meaning) => meaning is LabelMeaning.StartDate or LabelMeaning.EndDate;

    private static bool IsColumnText(string text) =>
        ContentColumns.Contains(text) || (FormLabels.Trie.TryMatchWhole(text, out var meaning, out _) && IsColumn(meaning));

    /// Column headings first (they may share a line with an item when the text ran together), then one item.
    private void ReadHeadingOrItem(List<string> texts, int line)
    {
        var k = 0;
        if (IsColumnText(texts[0]))
        {
            _columns.Clear();
            for (; k < texts.Count && IsColumnText(texts[k]); k++)
                if (!ContentColumns.Contains(texts[k]) || texts[k] == "备注") _columns.Add(texts[k]);
        }
        if (k < texts.Count) AddItem(texts.GetRange(k, texts.Count - k), line);
    }

    /// One work item: its name, then its start and end ("至" between them) and any other column with its heading.
    private void AddItem(List<string> cells, int line)
    {
        var text = new System.Text.StringBuilder(cells[0]);
        // Blank cells at the end (an empty 备注) leave the columns in place; more cells than columns are said in order.
        var known = cells.Count - 1 <= _columns.Count;
        var written = 0;
        for (var k = 1; k < cells.Count; k++)
        {
            if (cells[k].Length == 0) continue;
            var column = known ? _columns[k - 1] : null;
            var isDate = column is not null && IsDateColumn(column);
            var isEnd = isDate && k >= 2 && IsDateColumn(_columns[k - 2]) && cells[k - 1].Length > 0;
            text.Append(written++ == 0 ? "：" : isEnd ? "至" : "，");
            // A date whose partner cell is blank is said with its heading: alone, "2025年10月" reads as the start.
            if (column is not null && (!isDate || PartnerIsBlank(cells, k))) text.Append(column).Append('：');
            text.Append(cells[k]);
        }
        draft.AddOther(Label, text.ToString(), line);
        draft.Recognised++;
    }

    /// The other date of the pair (开始时间 | 完成时间) beside cell <paramref name="k"/> is there and blank.
    private bool PartnerIsBlank(List<string> cells, int k) =>
        (k >= 2 && IsDateColumn(_columns[k - 2]) && cells[k - 1].Length == 0)
        || (k < _columns.Count && k + 1 < cells.Count && IsDateColumn(_columns[k]) && cells[k + 1].Length == 0);

    private static bool IsDateColumn(string column) =>
        FormLabels.Trie.TryMatchWhole(column, out var meaning, out _) && IsColumn(meaning);
}
