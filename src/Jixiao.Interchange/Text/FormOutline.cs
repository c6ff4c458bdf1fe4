using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Text;

/// Finds where the form starts in the text: the first line with a label of the form, and before it the form's title
/// (南昌市预算绩效目标申报表) and year line ((2022 年度)). Everything above the title is the page around the form.
internal static partial class FormOutline
{
    /// Fills title, region and year; marks the title and year lines as read. Returns the index of the first row of
    /// the form (its title, or its first labelled row when it has no title).
    public static int Find(List<SourceRow> rows, DeclarationDraft draft, bool[] read)
    {
        var first = FirstLabelledRow(rows);
        var title = -1;
        for (var i = 0; i < first; i++)
            if (TitleOf(rows[i]) is not null) title = i;
        var start = title >= 0 ? title : first;
        if (title >= 0)
        {
            read[title] = true;
            ReadTitle(TitleOf(rows[title])!, rows[title].Line, draft);
        }
        for (var i = start; i < first; i++)
        {
            if (read[i] || !rows[i].Joined.Contains('年') || YearLine().Match(rows[i].Joined) is not { Success: true } year) continue;
            read[i] = true;
            if (draft.Year is null) SetYear(draft, year.Groups[1].Value, rows[i].Line);
        }
        return start;
    }

    private static int FirstLabelledRow(List<SourceRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsEmpty || WebNoise.IsNoise(row)) continue;
            if (IndicatorHeader.TryRead(rows, i, out _)) return i;
            foreach (var item in RowItems.Extract(row))
                if (item.Meaning is { } meaning && meaning != LabelMeaning.Heading) return i;
        }
        return rows.Count;
    }

    /// The title when the row is one: short, naming a 申报表 / 批复表 / 目标表, not a breadcrumb or a publishing line.
    private static string? TitleOf(SourceRow row)
    {
        if (row.IsEmpty || WebNoise.IsNoise(row)) return null;
        var text = WithoutFileExtension(row.Joined);
        if (text.Length is < 4 or > 80) return null;
        return text.Contains("申报表", StringComparison.Ordinal) || text.Contains("批复表", StringComparison.Ordinal)
            || text.EndsWith("目标表", StringComparison.Ordinal)
            || text.Contains("目标表(", StringComparison.Ordinal) || text.Contains("目标表（", StringComparison.Ordinal)
            ? text
            : null;
    }

    private static void ReadTitle(string text, int line, DeclarationDraft draft)
    {
        var yearInTitle = YearInBrackets().Match(text);
        if (yearInTitle.Success)
        {
            SetYear(draft, yearInTitle.Groups[1].Value, line);
            text = text.Remove(yearInTitle.Index, yearInTitle.Length);
        }
        else if (YearInText().Match(text) is { Success: true } year)
            SetYear(draft, year.Groups[1].Value, line);
        draft.Title = text;
        draft.Sources.Add("title", new SourceRef(line));
        draft.Recognised++;
        if (Region().Match(text) is { Success: true } region && !NotPlaces.Contains(region.Groups[1].Value))
        {
            draft.Region = region.Groups[1].Value;
            draft.Sources.Add("region", new SourceRef(line));
        }
    }

    private static void SetYear(DeclarationDraft draft, string digits, int line)
    {
        draft.Year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        draft.Sources.Add("year", new SourceRef(line));
    }

    // "(2022年度)", "（2021年度）", "2019年度" alone on its line; "(2024年)" too (Inner Mongolia's export).
    [GeneratedRegex(@"^[(（]?(\d{4})年度?[)）]?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearLine();

    [GeneratedRegex(@"[(（]?(\d{4})年度[)）]?", RegexOptions.CultureInvariant)]
    private static partial Regex YearInBrackets();

    [GeneratedRegex(@"(\d{4})年", RegexOptions.CultureInvariant)]
    private static partial Regex YearInText();

    // Words that end like a division and start a title without naming a place: 社区消防安全宣传经费项目绩效目标表,
    // 城市公共自行车…. The title then names no region.
    private static readonly FrozenSet<string> NotPlaces = FrozenSet.Create(StringComparer.Ordinal,
        "社区", "小区", "园区", "景区", "辖区", "片区", "街区", "校区", "山区", "林区", "牧区", "库区", "矿区", "灾区", "城区", "专区",
        "城市", "全市", "本市", "全省", "本省", "全县", "本县", "全区", "本区", "全州");

    // The administrative division the title starts with: 南昌市, 鄂州市 (not 鄂州), 恩施土家族苗族自治州. A suffix that
    // starts a word is no division: 区域 (中央对地方专项转移支付区域绩效目标表). A level word after the division is not
    // part of it: 赣州市 in 赣州市市级预算绩效目标申报表.
    [GeneratedRegex(@"^([\u4e00-\u9fa5]{1,12}?(?:自治区|自治州|省|市|州|盟|县|区|旗))(?![市县区州域](?!级))", RegexOptions.CultureInvariant)]
    private static partial Regex Region();

    // The regex only for a text with a dot: most rows above the form's first label have none.
    private static string WithoutFileExtension(string text) => text.Contains('.') ? FileExtension().Replace(text, "") : text;

    [GeneratedRegex(@"\.(?:docx?|xlsx?|pdf|wps|et)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();
}
