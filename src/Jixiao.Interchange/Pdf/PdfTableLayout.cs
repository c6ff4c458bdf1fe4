using PdfSharp.Drawing;

namespace Jixiao.Interchange.Pdf;

/// Lays a <see cref="PdfTable"/> out on the pages of a <see cref="PageFlow"/>: wraps each cell's text to its column,
/// merges group labels into cells spanning their rows, repeats the header (and the group labels) on every page the
/// table continues on, and breaks between rows — or, for long text, inside a row — when the page is full.
internal sealed class PdfTableLayout(PageFlow flow, TextMeasurer measurer)
{
    public const double PaddingX = 4;
    public const double PaddingY = 3.5;
    private const double MinimumRowHeight = 20;

    private static readonly XPen Border = new(XColors.Black, 0.6);
    private static readonly XBrush Shade = new XSolidBrush(XColor.FromArgb(238, 238, 238));

    /// Draws the table from the current position on. <paramref name="keepWithNext"/> is the height of what follows
    /// it (the notes under the review boxes): the last row moves to the next page with it rather than leave it alone.
    public void Draw(PdfTable table, double keepWithNext = 0)
    {
        var columns = new Columns(table.Widths, flow.Left, flow.Width);
        var header = table.Header.Select(r => Lay(r, columns, table.GroupColumns)).ToList();
        var rows = table.Body.Select(r => Lay(r, columns, table.GroupColumns)).ToList();
        var groups = table.GroupColumns;

        if (table.KeepTogether)
        {
            var whole = Heights([.. header, .. rows], groups).Sum();
            if (whole <= flow.PageCapacity) flow.Reserve(whole);
        }

        var part = new List<LaidRow>(header);
        var bodyOnPage = 0;
        for (var i = 0; i < rows.Count;)
        {
            var row = rows[i];
            var following = i == rows.Count - 1 && bodyOnPage > 0 ? keepWithNext : 0;
            if (Heights([.. part, row], groups).Sum() + following <= flow.Remaining)
            {
                part.Add(row);
                bodyOnPage++;
                i++;
                continue;
            }

            var left = flow.Remaining - Heights(part, groups).Sum();
            var freshPage = bodyOnPage == 0 && flow.AtPageTop;
            if ((row.MaySplit || freshPage) && TrySplit(row, left, freshPage ? 1 : 2) is { } split)
            {
                part.Add(split.First);
                rows[i] = split.Remainder;                       // continues at the top of the next page
            }
            else if (freshPage)
            {
                part.Add(row);                                   // taller than a page and not divisible: let it overflow
                i++;
            }
            else if (bodyOnPage == 0)
            {
                flow.NewPage();                                  // never leave a header alone at the foot of a page
                continue;
            }

            DrawPart(part, groups);
            flow.NewPage();
            part = new List<LaidRow>(header);
            bodyOnPage = 0;
        }
        if (bodyOnPage > 0 || rows.Count == 0) DrawPart(part, groups);
    }

    // ── Measuring ──

    private LaidRow Lay(PdfRow row, Columns columns, int groupColumns)
    {
        var cells = new List<LaidCell>(row.Cells.Count);
        var column = 0;
        foreach (var cell in row.Cells)
        {
            var x = columns.X(column);
            var width = columns.Width(column, cell.ColumnSpan);
            var lines = cell.Content is null ? measurer.Wrap(cell.Text, cell.Font, width - 2 * PaddingX) : [];
            var isGroup = column < groupColumns && cell.ColumnSpan == 1;
            cells.Add(new LaidCell(cell, column, x, width, lines, isGroup));
            column += cell.ColumnSpan;
        }
        return new LaidRow(cells, row.MaySplit, GroupKeys(cells, groupColumns), Math.Max(row.MinimumHeight, MinimumRowHeight));
    }

    /// For each group column, the labels of columns 0..column joined, or null when the row has no group cell there.
    private static string?[] GroupKeys(List<LaidCell> cells, int groupColumns)
    {
        var keys = new string?[groupColumns];
        var prefix = "";
        for (var column = 0; column < groupColumns; column++)
        {
            if (cells.FirstOrDefault(c => c.IsGroup && c.Column == column) is not { } cell) break;
            prefix = column == 0 ? cell.Source.Text : prefix + '\u001f' + cell.Source.Text;
            keys[column] = prefix;
        }
        return keys;
    }

    private static double TextHeight(LaidCell cell) =>
        cell.Source.Content?.Height(cell.Width) ?? Math.Max(cell.Lines.Count, 1) * TextMeasurer.LineHeight(cell.Source.Font) + 2 * PaddingY;

    private static double OwnHeight(LaidRow row) =>
        Math.Max(row.Cells.Where(c => !c.IsGroup).Select(TextHeight).DefaultIfEmpty(0).Max(), row.MinimumHeight);

    /// The height of each row on the page, after growing the last row of a group when its label needs more room
    /// than the rows it spans.
    private static double[] Heights(IReadOnlyList<LaidRow> rows, int groupColumns)
    {
        var heights = rows.Select(OwnHeight).ToArray();
        for (var column = 0; column < groupColumns; column++)
            foreach (var (first, last) in Runs(rows, column))
            {
                var needed = TextHeight(rows[first].Group(column)!);
                double spanned = 0;
                for (var i = first; i <= last; i++) spanned += heights[i];
                if (needed > spanned) heights[last] += needed - spanned;
            }
        return heights;
    }

    /// Consecutive rows whose labels in columns 0..column are equal: one spanning cell each.
    private static IEnumerable<(int First, int Last)> Runs(IReadOnlyList<LaidRow> rows, int column)
    {
        var start = -1;
        string? key = null;
        for (var i = 0; i <= rows.Count; i++)
        {
            var current = i < rows.Count ? rows[i].GroupKey(column) : null;
            if (start >= 0 && (current is null || current != key))
            {
                yield return (start, i - 1);
                start = -1;
            }
            if (current is not null && start < 0)
            {
                start = i;
                key = current;
            }
        }
    }

    /// The row cut so that its first part fits in <paramref name="height"/>: the text cells give their first lines
    /// to this page and the rest to the next; labels are printed on both. Null when fewer than
    /// <paramref name="minimumLines"/> lines would fit or the row holds drawn content.
    private static (LaidRow First, LaidRow Remainder)? TrySplit(LaidRow row, double height, int minimumLines)
    {
        if (row.Cells.Any(c => c.Source.Content is not null)) return null;
        var first = new List<LaidCell>();
        var rest = new List<LaidCell>();
        var moved = false;
        foreach (var cell in row.Cells)
        {
            var fit = (int)Math.Floor((height - 2 * PaddingY) / TextMeasurer.LineHeight(cell.Source.Font));
            if (cell.Lines.Count > fit && !cell.IsGroup && !cell.Source.RepeatWhenSplit)
            {
                if (fit < minimumLines) return null;
                first.Add(cell with { Lines = cell.Lines[..fit] });
                rest.Add(cell with { Lines = cell.Lines[fit..] });
                moved = true;
            }
            else
            {
                first.Add(cell.Lines.Count > fit ? cell with { Lines = cell.Lines[..Math.Max(fit, 0)] } : cell);
                rest.Add(cell.IsGroup || cell.Source.RepeatWhenSplit ? cell : cell with { Lines = [] });
            }
        }
        return moved ? (row with { Cells = first }, row with { Cells = rest }) : null;
    }

    // ── Drawing ──

    private void DrawPart(List<LaidRow> rows, int groupColumns)
    {
        var graphics = flow.Graphics;
        var heights = Heights(rows, groupColumns);
        var tops = new double[rows.Count + 1];
        tops[0] = flow.Y;
        for (var i = 0; i < rows.Count; i++) tops[i + 1] = tops[i] + heights[i];

        for (var i = 0; i < rows.Count; i++)
            foreach (var cell in rows[i].Cells.Where(c => !c.IsGroup || rows[i].GroupKey(c.Column) is null))
                DrawCell(graphics, cell, new XRect(cell.X, tops[i], cell.Width, heights[i]));

        for (var column = 0; column < groupColumns; column++)
            foreach (var (first, last) in Runs(rows, column))
            {
                var cell = rows[first].Group(column)!;
                DrawCell(graphics, cell, new XRect(cell.X, tops[first], cell.Width, tops[last + 1] - tops[first]));
            }

        flow.Y = tops[^1];
    }

    private static void DrawCell(XGraphics graphics, LaidCell cell, XRect box)
    {
        if (cell.Source.Shaded) graphics.DrawRectangle(Shade, box);
        graphics.DrawRectangle(Border, box);
        if (cell.Source.Content is { } content)
        {
            content.Draw(graphics, box);
            return;
        }
        var font = cell.Source.Font;
        var lineHeight = TextMeasurer.LineHeight(font);
        var top = box.Y + (box.Height - cell.Lines.Count * lineHeight) / 2;
        var format = cell.Source.Align switch
        {
            CellAlign.Left => XStringFormats.CenterLeft,
            CellAlign.Center => XStringFormats.Center,
            CellAlign.Right => XStringFormats.CenterRight,
        };
        for (var i = 0; i < cell.Lines.Count; i++)
            graphics.DrawString(cell.Lines[i], font, XBrushes.Black,
                new XRect(box.X + PaddingX, top + i * lineHeight, box.Width - 2 * PaddingX, lineHeight), format);
    }

    // ── Laid-out rows ──

    private sealed record LaidCell(PdfCell Source, int Column, double X, double Width, List<string> Lines, bool IsGroup);

    private sealed record LaidRow(IReadOnlyList<LaidCell> Cells, bool MaySplit, string?[] Keys, double MinimumHeight)
    {
        public LaidCell? Group(int column) => Cells.FirstOrDefault(c => c.IsGroup && c.Column == column);

        public string? GroupKey(int column) => Keys[column];
    }

    /// Column positions, scaled so that the table fills the width of the page.
    private sealed class Columns
    {
        private readonly double[] _x;

        public Columns(IReadOnlyList<double> widths, double left, double totalWidth)
        {
            var scale = totalWidth / widths.Sum();
            _x = new double[widths.Count + 1];
            _x[0] = left;
            for (var i = 0; i < widths.Count; i++) _x[i + 1] = _x[i] + widths[i] * scale;
        }

        public double X(int column) => _x[column];

        public double Width(int column, int span) => _x[Math.Min(column + span, _x.Length - 1)] - _x[column];
    }
}
