using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Domain.Indicators;
using DocumentFormat.OpenXml.Spreadsheet;
using CellXfs = DocumentFormat.OpenXml.Spreadsheet.CellFormats;

namespace Jixiao.Interchange.Excel.Reading;

/// What the number format of each cell style says about its numbers: a date, a percentage, or a plain number.
/// A cell typed 0.95 and shown as 95% is read as "95%"; a cell typed 2022-12-31 is a date, not 44926.
internal sealed class CellFormats
{
    private readonly List<int> _formatIdByStyle = [];
    private readonly Dictionary<int, string> _customCodes = [];

    public static readonly CellFormats None = new();

    public static CellFormats Read(WorkbookStylesPart? part, PartReader.Budget budget)
    {
        var formats = new CellFormats();
        if (part is null) return formats;
        var inCellXfs = false;      // <xf> also stands in <cellStyleXfs>, which cells do not point at
        using var reader = new PartReader(part, budget);
        while (reader.Read())
        {
            if (reader.IsStartOf<NumberingFormat>() && Number(reader.Attribute("numFmtId")) is { } id)
                formats._customCodes[id] = reader.Attribute("formatCode") ?? "";
            else if (reader.IsStartOf<CellXfs>()) inCellXfs = true;
            else if (reader.IsEndOf<CellXfs>()) inCellXfs = false;
            else if (reader.IsStartOf<CellFormat>() && inCellXfs) formats._formatIdByStyle.Add(Number(reader.Attribute("numFmtId")) ?? 0);
        }
        return formats;
    }

    public bool IsDate(int style) => FormatId(style) is var id && (IsBuiltInDate(id) || (_customCodes.TryGetValue(id, out var code) && CodeIsDate(code)));

    public bool IsPercent(int style) => FormatId(style) is var id && (id is 9 or 10 || (_customCodes.TryGetValue(id, out var code) && Literal(code).Contains('%', StringComparison.Ordinal)));

    /// A date shown without its day: the built-in 年月 format of Chinese Excel and WPS (57), or a custom code with a
    /// year and a month and no day ("yyyy年m月"): the cell means the month, not its first day.
    public bool ShowsMonthOnly(int style) => Shows(style) == DatePart.Month;

    /// A date shown as its year only ("yyyy年"): the cell means the year.
    public bool ShowsYearOnly(int style) => Shows(style) == DatePart.Year;

    private enum DatePart { Day, Month, Year }

    private DatePart Shows(int style)
    {
        var id = FormatId(style);
        if (id == 57) return DatePart.Month;
        if (!_customCodes.TryGetValue(id, out var code)) return DatePart.Day;
        var literal = Literal(FirstSection(code));
        bool Has(char c) => literal.Contains(c, StringComparison.OrdinalIgnoreCase);
        if (!Has('y') || Has('d') || Has('h')) return DatePart.Day;
        return Has('m') ? DatePart.Month : DatePart.Year;
    }

    /// What a custom number format prints around the number that belongs to a target value: a comparison before it
    /// ("≥"0% shows 0.95 as ≥95%) and a unit after it in quotes or escaped (0"个" and G/通用格式"个" show 12 as 12个,
    /// 0.0"%" shows 95 as 95%, 0.00"万元" shows 25 as 25万元). A unit that the readers of amounts and years could not
    /// take is left out: a currency sign before the number, 万 or 千元 after it, 年度. Excel's padding (_x) and fill
    /// (*x) characters and [tags] print nothing of their own.
    public (string Comparison, string Unit) Affixes(int style)
    {
        if (!_customCodes.TryGetValue(FormatId(style), out var code)) return ("", "");
        var section = FirstSection(code);
        var before = new StringBuilder();
        var after = new StringBuilder();
        var seenNumber = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var end = section.IndexOf('"', i + 1);
                if (end < 0) return ("", "");
                (seenNumber ? after : before).Append(section, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '\\' && i + 1 < section.Length) (seenNumber ? after : before).Append(section[++i]);
            else if (c is '_' or '*') i++;
            else if (c == '[')
            {
                var end = section.IndexOf(']', i + 1);
                if (end < 0) return ("", "");
                i = end;
            }
            else if (c is '0' or '#' or '?' or '.' or ',') seenNumber = true;
            else if (section.AsSpan(i).StartsWith("General", StringComparison.OrdinalIgnoreCase)) { seenNumber = true; i += "General".Length - 1; }
            else if (section.AsSpan(i).StartsWith("G/通用格式", StringComparison.Ordinal)) { seenNumber = true; i += "G/通用格式".Length - 1; }
            else if (c == '@') return ("", "");
            else if (!seenNumber) before.Append(c);       // unquoted text after the number (an unquoted %) is the format's own
        }
        var comparison = before.ToString().Trim();
        var unit = after.ToString().Trim();
        return (Comparisons.Contains(comparison) ? comparison : "", seenNumber && IsTargetUnit(unit) ? unit : "");
    }

    // The comparisons of a target value, in symbols and in words (domain notes §4).
    private static readonly HashSet<string> Comparisons = new(StringComparer.Ordinal)
    {
        "≥", "≤", ">", "<", "=", ">=", "<=", "＞", "＜", "≧", "≦",
        "约", "不低于", "不少于", "不小于", "不高于", "不超过", "不大于", "大于", "小于", "高于", "低于", "达到",
    };

    // Money only as the amount readers take it (元, 万元) or per unit (元/人, 万元/人); 年度 and the like are no unit
    // of the list.
    private static bool IsTargetUnit(string unit) =>
        unit is "%" or "元" or "万元" || unit.StartsWith("元/", StringComparison.Ordinal) || unit.StartsWith("万元/", StringComparison.Ordinal)
        || (TargetUnits.IsKnown(unit) && !TargetUnits.IsMoney(unit));

    /// The part of a format code for positive numbers: up to the first ';' outside quotes.
    private static string FirstSection(string code)
    {
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '"') quoted = !quoted;
            else if (code[i] == ';' && !quoted) return code[..i];
        }
        return code;
    }

    private int FormatId(int style) => style >= 0 && style < _formatIdByStyle.Count ? _formatIdByStyle[style] : 0;

    /// Built-in date and time formats, including the ones Chinese Excel and WPS use (27–36, 50–58).
    private static bool IsBuiltInDate(int id) => id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;

    private static bool CodeIsDate(string code)
    {
        var literal = Literal(code);
        if (literal.Contains("General", StringComparison.OrdinalIgnoreCase)) literal = literal.Replace("General", "", StringComparison.OrdinalIgnoreCase);
        return literal.Any(c => c is 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S' or 'e');
    }

    /// The format code without quoted text, escaped characters and [colour/locale] brackets: what is left are
    /// the codes that decide how the number shows.
    private static string Literal(string code)
    {
        var sb = new StringBuilder(code.Length);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') { i = code.IndexOf('"', i + 1); if (i < 0) break; }
            else if (c == '\\') i++;
            else if (c == '[')
            {
                var end = code.IndexOf(']', i + 1);
                if (end < 0) break;
                var inside = code[(i + 1)..end];
                if (inside.Length > 0 && inside.All(ch => ch is 'h' or 'H' or 'm' or 'M' or 's' or 'S')) sb.Append(inside);
                i = end;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
