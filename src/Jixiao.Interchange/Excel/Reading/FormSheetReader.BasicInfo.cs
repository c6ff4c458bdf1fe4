using Jixiao.Domain;
using System.Text.RegularExpressions;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;
using Jixiao.Interchange.Text;

namespace Jixiao.Interchange.Excel.Reading;

internal sealed partial class FormSheetReader
{
    [GeneratedRegex(@"\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"[、,，;；/\s]+")]
    private static partial Regex ListSeparator();

    /// A date field: a date cell, a date serial, or a text such as "2022 年 1 月 19 日", "2022-01-19", "2022/1/19".
    private DateOnly? ReadDate(ScalarField field, string location)
    {
        foreach (var hit in Hits(field))
        {
            if (hit.Inline is { } inline)
            {
                if (inline.Length == 0 || !inline.Any(char.IsAsciiDigit)) continue;
                _sheet.Source(location, hit.Row, hit.Col);
                return ParseDateOrReport(inline, location, hit.Row, hit.Col, LabelOf(field));
            }
            if (_sheet.ValueRightOf(hit.Row, hit.Col) is not { } value) continue;
            var (col, cell) = value;
            if (_sheet.ReportIfFormulaFailed(cell, location, hit.Row, col, LabelOf(field))) continue;
            _sheet.Source(location, hit.Row, col);
            if (_sheet.DateOf(cell) is { } date) return date;
            if (cell.Kind == GridCellKind.Number)
            {
                // A date typed into a cell formatted as a plain number shows as its serial (44580).
                if (ExcelDates.FromSerial(cell.Number, _sheet.Date1904) is { Year: >= 1950 and <= 2100 } serialDate) return serialDate;
                Unreadable(location, hit.Row, col, $"{LabelOf(field)}「{_sheet.TextOf(cell)}」不是日期。");
                return null;
            }
            var text = _sheet.TextOf(cell);
            if (!text.Any(char.IsAsciiDigit)) continue;      // "年 月 日" left blank
            return ParseDateOrReport(text, location, hit.Row, col, LabelOf(field));
        }
        return null;
    }

    private DateOnly? ParseDateOrReport(string text, string location, int row, int col, string what)
    {
        if (ParseDate(text) is { } date) return date;
        Unreadable(location, row, col, $"{what}「{text}」无法识别，请写成 2022年1月1日 或 2022-01-01。");
        return null;
    }

    /// A date typed as text, read by the same rule as a text form's dates (<see cref="FormValues.TryParseDate"/>:
    /// 2022年1月19日, 2022-01-19, 20220119, full-width digits, Chinese numerals). A time after it (2022-01-19 00:00:00,
    /// as a date cell saved as text carries it) says nothing more.
    internal static DateOnly? ParseDate(string text) =>
        FormValues.TryParseDate(TimeOfDay().Replace(text.Trim(), ""), out var date) ? date : null;

    /// 项目类型: every cell right of the label (one type per cell, or several in one cell separated by 、).
    private ValueList<ProjectType> ReadProjectTypes()
    {
        var types = new List<ProjectType>();
        foreach (var hit in Hits(ScalarField.ProjectTypes))
        {
            var values = new List<(string Text, int Col)>();
            if (hit.Inline is { Length: > 0 } inline) values.Add((inline, hit.Col));
            var start = (_sheet.Grid.MergeAt(hit.Row, hit.Col)?.Col2 ?? hit.Col) + 1;
            foreach (var (col, cell) in _sheet.Grid.Row(hit.Row))
            {
                if (col < start || cell.IsBlank) continue;
                var text = _sheet.TextOf(cell);
                if (KnownLabels.IsLabel(FormLabels.Key(text))) break;
                values.Add((text, col));
            }
            foreach (var (text, col) in values)
            {
                foreach (var token in ListSeparator().Split(text).Where(t => t.Length > 0))
                {
                    if (ProjectTypeOf(token) is { } type)
                    {
                        if (types.Contains(type)) continue;
                        _sheet.Source($"projectTypes[{types.Count}]", hit.Row, col);
                        types.Add(type);
                    }
                    else
                    {
                        _sheet.Report(ReaderCodes.ProjectTypeUnknown, Severity.Warning, "projectTypes", hit.Row, col,
                            $"项目类型「{token}」无法识别，应为一般项目、PPP项目、政府债务项目、政府采购项目或政府购买服务项目。");
                    }
                }
            }
            if (values.Count > 0) break;
        }
        return List(types);
    }

    private static ProjectType? ProjectTypeOf(string text)
    {
        var key = FormLabels.Key(text).ToUpperInvariant();
        foreach (var type in Enum.GetValues<ProjectType>())
        {
            var label = type.Label().ToUpperInvariant();
            if (key == label || key + "项目" == label || key == type.ToString().ToUpperInvariant()) return type;
        }
        return key switch
        {
            "一般" or "一般性项目" => ProjectType.General,
            "债务" => ProjectType.GovernmentDebt,
            _ => ProjectTypeNames.Mentioned(key),
        };
    }

    /// Labelled rows of 项目基本情况 that the model has no field for (项目类别, 立项依据 …): kept, in order.
    private ValueList<FormField> ReadOtherFields()
    {
        var basicHits = KnownLabels.BasicInfo.SelectMany(Hits).Where(h => h.Inline is null).ToList();
        if (basicHits.Count == 0) return [];
        var start = basicHits.Min(h => h.Row);
        var labelCol = Hits(ScalarField.Overview).Where(h => h.Inline is null).Select(h => (int?)h.Col).FirstOrDefault() ?? basicHits.Min(h => h.Col);
        var ends = Hits(ScalarField.BudgetTotal).Select(h => h.Row)
            .Concat(_sheet.Find(FormLabels.Key(FormLabels.FundName)).Select(h => h.Row))
            .Concat(_indicatorHeader is { } header ? [header.Row] : [])
            .Where(r => r > start)
            .DefaultIfEmpty(int.MaxValue);
        var end = ends.Min();

        var fields = new List<FormField>();
        foreach (var row in _sheet.Grid.RowNumbers)
        {
            if (row <= start) continue;
            if (row >= end) break;
            if (_sheet.Grid.At(row, labelCol) is not { Kind: GridCellKind.Text } cell || cell.IsBlank) continue;
            if (KnownLabels.IsLabel(FormLabels.Key(cell.Text))) continue;
            var value = _sheet.ValueRightOf(row, labelCol);
            var location = $"otherFields[{fields.Count}]";
            _sheet.Source(location, row, value?.Col ?? labelCol);
            fields.Add(new FormField(cell.Text.Trim(), value is { } v ? _sheet.TextOf(v.Cell) : ""));
        }
        return List(fields);
    }
}
