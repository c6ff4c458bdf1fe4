using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Excel.Reading;

/// The header row of the indicator table and the column of each field it has.
internal sealed record IndicatorHeader(int Row, IReadOnlyDictionary<IndicatorField, int> Columns);

internal sealed partial class FormSheetReader
{
    private static readonly IReadOnlyDictionary<string, IndicatorField> HeaderFields =
        IndicatorColumns.Main.Concat(IndicatorColumns.Optional)
            .SelectMany(c => c.Keys.Select(k => (Key: k, c.Field)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.First().Field);

    /// The first row that names both 三级指标 and 指标值 (or their spellings).
    private IndicatorHeader? FindIndicatorHeader()
    {
        foreach (var row in _sheet.Grid.RowNumbers)
        {
            var columns = new Dictionary<IndicatorField, int>();
            foreach (var (col, cell) in _sheet.Grid.Row(row))
                if (cell.Kind == GridCellKind.Text && HeaderFields.TryGetValue(FormLabels.Key(cell.Text), out var field))
                    columns.TryAdd(field, col);
            if (columns.ContainsKey(IndicatorField.Name) && (columns.ContainsKey(IndicatorField.Target) || columns.ContainsKey(IndicatorField.LongTermTarget)))
                return new IndicatorHeader(row, columns);
        }
        return null;
    }

    /// The rows under the header, down to the review boxes or the notes. A blank level-1 or level-2 cell means "as
    /// above" (a merged cell, or one the filer unmerged or left blank in an inserted row); rows with nothing but
    /// levels in them (the template's unused rows) are not indicators.
    private ValueList<Indicator> ReadIndicators(out int tableEnd)
    {
        tableEnd = 0;
        if (_indicatorHeader is not { } header) return [];
        var columns = header.Columns;
        var nameCol = columns[IndicatorField.Name];
        var contentFields = columns.Keys.Where(f => f is not (IndicatorField.Level1 or IndicatorField.Level2)).ToList();

        var indicators = new List<Indicator>();
        string level1 = "", level2 = "";
        tableEnd = header.Row + 1;
        foreach (var row in _sheet.Grid.RowNumbers)
        {
            if (row <= header.Row) continue;
            if (EndsIndicatorTable(row, nameCol))
            {
                tableEnd = row;
                break;
            }
            tableEnd = row + 1;
            if (_sheet.Key(row, nameCol) == FormLabels.Name) continue;   // the header repeated further down

            var location = $"indicators[{indicators.Count}]";
            if (Text(row, columns, IndicatorField.Level1, location) is { Length: > 0 } raw1)
            {
                var canonical = IndicatorTaxonomy.CanonicalLevel1(raw1) ?? raw1;
                if (canonical != level1) level2 = "";
                level1 = canonical;
            }
            if (Text(row, columns, IndicatorField.Level2, location) is { Length: > 0 } raw2)
                level2 = IndicatorTaxonomy.CanonicalLevel2(raw2) ?? raw2;

            if (!contentFields.Any(f => _sheet.Grid.At(row, columns[f]) is { IsBlank: false })) continue;
            indicators.Add(ReadIndicator(row, columns, location, level1.Length > 0 ? level1 : Level1Of(level2), level2));
        }
        return List(indicators);
    }

    private Indicator ReadIndicator(int row, IReadOnlyDictionary<IndicatorField, int> columns, string location, string level1, string level2)
    {
        _sheet.Source(location, row, columns[IndicatorField.Name]);
        foreach (var (field, col) in columns) _sheet.Source($"{location}.{JsonName(field)}", row, col);

        var name = Text(row, columns, IndicatorField.Name, location) ?? "";
        return new Indicator
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Target = ReadTarget(row, columns, IndicatorField.Target, location, new TargetContext(level2, name)) ?? MissingTarget.Instance,
            LongTermTarget = ReadTarget(row, columns, IndicatorField.LongTermTarget, location, new TargetContext(level2, name)),
            Unit = Text(row, columns, IndicatorField.Unit, location),
            Direction = ReadDirection(row, columns, location),
            Operator = Text(row, columns, IndicatorField.Operator, location),
            Weight = ReadWeight(row, columns, location),
            ValueBasis = Text(row, columns, IndicatorField.ValueBasis, location),
            Explanation = Text(row, columns, IndicatorField.Explanation, location),
            ScoringRule = Text(row, columns, IndicatorField.ScoringRule, location),
            Remark = Text(row, columns, IndicatorField.Remark, location),
        };
    }

    /// A target cell: text as written; a number shown as a percentage reads "95%", a plain number "100"; a date in
    /// a timeliness row is that date as a deadline. Null when the column is absent or the cell blank.
    private TargetValue? ReadTarget(int row, IReadOnlyDictionary<IndicatorField, int> columns, IndicatorField field, string location, TargetContext context)
    {
        if (!columns.TryGetValue(field, out var col) || _sheet.Grid.At(row, col) is not { IsBlank: false } cell) return null;
        var path = $"{location}.{JsonName(field)}";
        if (_sheet.ReportIfFormulaFailed(cell, path, row, col, "指标值")) return null;
        if (context.Level2 == IndicatorTaxonomy.Timeliness && _sheet.DateOf(cell) is { } date)
        {
            // A date shown as a month or a year (yyyy年m月, yyyy年) means that month or year: TextOf shows it so.
            if (_sheet.Formats.ShowsMonthOnly(cell.Style) || _sheet.Formats.ShowsYearOnly(cell.Style)) return TargetValue.Parse(_sheet.TextOf(cell), context);
            var deadline = new DeadlineTarget(date.Year, date.Month, date.Day);
            return deadline with { Text = deadline.Format() };
        }
        var text = _sheet.TextOf(cell);
        return text.Length == 0 ? null : TargetValue.Parse(text, context);
    }

    private IndicatorDirection? ReadDirection(int row, IReadOnlyDictionary<IndicatorField, int> columns, string location)
    {
        if (Text(row, columns, IndicatorField.Direction, location) is not { } text) return null;
        switch (FormLabels.Key(text).ToUpperInvariant())
        {
            case "正向" or "正" or "正向指标" or "POSITIVE" or "+":
                return IndicatorDirection.Positive;
            case "反向" or "反" or "反向指标" or "逆向" or "REVERSE" or "-":
                return IndicatorDirection.Reverse;
            default:
                _sheet.Report(ReaderCodes.CellUnreadable, Severity.Warning, $"{location}.direction", row, columns[IndicatorField.Direction],
                    $"指标性质「{text}」无法识别，应为正向或反向。");
                return null;
        }
    }

    private decimal? ReadWeight(int row, IReadOnlyDictionary<IndicatorField, int> columns, string location)
    {
        if (!columns.TryGetValue(IndicatorField.Weight, out var col) || _sheet.Grid.At(row, col) is not { IsBlank: false } cell) return null;
        var path = $"{location}.weight";
        if (_sheet.ReportIfFormulaFailed(cell, path, row, col, FormLabels.Weight)) return null;
        if (cell.Kind == GridCellKind.Number) return cell.Number;
        var text = _sheet.TextOf(cell);
        if (decimal.TryParse(text.TrimEnd('分', '%', ' '), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var weight)) return weight;
        Unreadable(path, row, col, $"分值「{text}」不是数字。");
        return null;
    }

    /// The cell's text in the field's column; null when the column is absent or the cell blank.
    private string? Text(int row, IReadOnlyDictionary<IndicatorField, int> columns, IndicatorField field, string location)
    {
        if (!columns.TryGetValue(field, out var col) || _sheet.Grid.At(row, col) is not { IsBlank: false } cell) return null;
        if (_sheet.ReportIfFormulaFailed(cell, $"{location}.{JsonName(field)}", row, col, IndicatorColumns.Main.Concat(IndicatorColumns.Optional).First(c => c.Field == field).Header)) return null;
        var text = _sheet.TextOf(cell);
        return text.Length > 0 ? text : null;
    }

    private static string Level1Of(string level2) =>
        level2.Length == 0 ? "" : IndicatorTaxonomy.Level1Of(level2) ?? IndicatorTaxonomy.Level1Of(level2, IndicatorSchema.Fiscal2021No101) ?? "";

    /// The table stops at the review boxes or the notes, which start left of the indicator names.
    private bool EndsIndicatorTable(int row, int nameCol) =>
        _sheet.Grid.Row(row).Any(c => c.Col < nameCol && c.Cell.Kind == GridCellKind.Text && FormLabels.Key(c.Cell.Text) is var key
            && (key.Contains(FormLabels.ReviewSection, StringComparison.Ordinal) || key.StartsWith("审核人", StringComparison.Ordinal)
                || key == "注" || key.StartsWith("注:", StringComparison.Ordinal)));

    private static string JsonName(IndicatorField field) => field switch
    {
        IndicatorField.Level1 => "level1",
        IndicatorField.Level2 => "level2",
        IndicatorField.Name => "name",
        IndicatorField.Target => "target",
        IndicatorField.LongTermTarget => "longTermTarget",
        IndicatorField.Unit => "unit",
        IndicatorField.Direction => "direction",
        IndicatorField.Operator => "operator",
        IndicatorField.Weight => "weight",
        IndicatorField.ValueBasis => "valueBasis",
        IndicatorField.Explanation => "explanation",
        IndicatorField.ScoringRule => "scoringRule",
        IndicatorField.Remark => "remark",
    };
}
