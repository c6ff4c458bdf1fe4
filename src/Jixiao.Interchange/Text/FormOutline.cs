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
        if (title < 0) ReadProjectHeading(rows, first, draft);
        if (title >= 0)
        {
            read[title] = true;
            var text = TitleOf(rows[title])!;
            // A long title wrapped over lines (天津市…专项(畜禽粪污 / …推进项目)2022年 / 中央预算内投资计划绩效目标表): the
            // lines above that it continues are its start.
            var top = title;
            while (top > 0 && ContinuesInto(rows[top - 1], text))
            {
                top--;
                read[top] = true;
                text = rows[top].Joined + text;
            }
            // (天津市宝坻区畜禽粪污资源化利用整区推进项目) on the line below: the title's bracketed part, as (2024年度) is.
            if (title + 1 < first && IsBracketedSubtitle(rows[title + 1]))
            {
                read[title + 1] = true;
                text += rows[title + 1].Joined;
            }
            ReadTitle(text, rows[top].Line, draft);
        }
        for (var i = start; i < first; i++)
        {
            if (read[i] || !rows[i].Joined.Contains('年') || YearLine().Match(rows[i].Joined) is not { Success: true } year) continue;
            read[i] = true;
            if (draft.Year is null) SetYear(draft, year.Groups[1].Value, rows[i].Line);
        }
        return start;
    }

    /// 3岁以下婴幼儿照护服务项目项目绩效目标 above (一)中长期绩效目标 (Cixi's page of projects, no form title): the
    /// heading names the project, as "&lt;项目名称&gt;项目绩效目标". Only right above a numbered goal heading.
    private static void ReadProjectHeading(List<SourceRow> rows, int first, DeclarationDraft draft)
    {
        if (first >= rows.Count || rows[first].Cells.Length != 1 || !Numbering.IsGroup(rows[first].Cells[0].Text)) return;
        if (RowItems.Extract(rows[first]) is not [{ Meaning: LabelMeaning.OverallGoal or LabelMeaning.AnnualGoal }]) return;
        var above = first - 1;
        while (above >= 0 && rows[above].IsEmpty) above--;
        if (above < 0 || rows[above].Cells.Length != 1) return;
        const string Suffix = "项目绩效目标";
        var text = rows[above].Cells[0].Text;
        if (!text.EndsWith(Suffix, StringComparison.Ordinal) || text.Length < Suffix.Length + 2 || text.Length > 60
            || text.AsSpan().IndexOfAny("。，；：:") >= 0)
            return;
        draft.Set(LabelMeaning.ProjectName, "项目名称", text[..^Suffix.Length], rows[above].Line);
    }

    /// A title below the form's first label (项目具体目标表 over Cixi's table, under goals read from numbered headings):
    /// the form's title when none stood above.
    public static bool TryReadLateTitle(SourceRow row, DeclarationDraft draft)
    {
        if (draft.Title is not null || row.Cells.Length != 1 || TitleOf(row) is not { } text) return false;
        ReadTitle(text, row.Line, draft);
        return true;
    }

    /// The form's title printed again at the top of a later page (佳县财政支出项目绩效目标申报表 on each of a Word form's
    /// pages), with or without its year line: the page's header, not a cell of the form. Read inside the indicator
    /// table it would be an indicator without a value. A cheap look: one cell, and only a text as long as the title.
    public static bool RepeatsTitle(SourceRow row, DeclarationDraft draft)
    {
        if (draft.Title is not { Length: > 0 } title || row.Cells.Length != 1) return false;
        var text = row.Cells[0].Text;
        // 表十二 项目支出绩效目标表 atop a budget book's first project, 项目支出绩效目标表 atop the next ones (河南): the
        // book's table number printed once, the rest of the title on every form.
        if (text.Length < title.Length)
            return text.Length >= MinRepeatedTitle && text[^1] == title[^1] && title.EndsWith(text, StringComparison.Ordinal);
        if (text[0] != title[0] || !text.StartsWith(title, StringComparison.Ordinal)) return false;
        return text.Length == title.Length || YearLine().IsMatch(text[title.Length..]);
    }

    // The shortest tail of a title taken for the title again: a form's name (项目支出绩效目标表), not a word of it (目标表).
    private const int MinRepeatedTitle = 8;

    /// The year line under a repeated title ((2024年度)): the same page header.
    public static bool IsYearLine(SourceRow row) =>
        row.Cells.Length == 1 && row.Cells[0].Text is { Length: <= 10 } text && text.Contains('年') && YearLine().IsMatch(text);

    private static int FirstLabelledRow(List<SourceRow> rows)
    {
        // One list for the rows looked at, refilled per row.
        var items = new List<RowItem>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsEmpty || WebNoise.IsNoise(row)) continue;
            if (IndicatorHeader.TryRead(rows, i, out _)) return i;
            RowItems.ExtractInto(row, items);
            foreach (var item in items)
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
        // 附件2：2024年度项目绩效目标审核表: the attachment's number before the title, its colon no label's.
        var title = WithoutAttachmentMark(text);
        if (title.Length < 4) return null;
        return text.Contains("申报表", StringComparison.Ordinal) || text.Contains("批复表", StringComparison.Ordinal)
            || text.EndsWith("目标表", StringComparison.Ordinal)
            // 项目支出绩效自评表: not a declaration, but its title; FormKinds says what kind of form it is.
            || text.EndsWith("自评表", StringComparison.Ordinal)
            || text.Contains("目标表(", StringComparison.Ordinal) || text.Contains("目标表（", StringComparison.Ordinal)
            || NamesPerformanceTargets(title)
            ? text
            : null;
    }

    /// 2024年项目支出绩效目标申报书, 2024年度项目绩效目标审核表, 示例省2024年度省级部门项目支出绩效目标: a title that
    /// names the performance targets (绩效目标) and ends as a form's name does (…表, …书), or names its year and ends with
    /// the targets themselves or their disclosure (…绩效目标公开). A sentence or a labelled line is none: only the rows
    /// above the form's first label get here.
    private static bool NamesPerformanceTargets(string text)
    {
        var at = text.IndexOf("绩效目标", StringComparison.Ordinal);
        if (at < 0 || text.AsSpan().IndexOfAny("。，；：:") >= 0) return false;
        if (text[^1] is '表' or '书') return true;
        // 2024年示例市住房和城乡建设局项目支出绩效目标公开: a disclosure page's title ends with the publishing (公开) of
        // the targets, as a disclosure table's ends with 公开表.
        var end = text.EndsWith("公开", StringComparison.Ordinal) ? text.Length - 2 : text.Length;
        return at + 4 == end && YearInText().IsMatch(text);
    }

    /// Whether <paramref name="row"/> is the start of a title wrapped onto the lines below it: a short line with no label
    /// that opens a bracket the rest closes, or that ends with the year the rest is for (示例县2024年度 / 项目支出绩效目标表).
    /// A line that is a whole sentence, a date or an attachment's caption (附件1) is not.
    private static bool ContinuesInto(SourceRow row, string rest)
    {
        if (row.IsEmpty || row.Cells.Length != 1 || WebNoise.IsNoise(row)) return false;
        var text = row.Joined;
        if (text.Length is < 2 or > 40 || text.StartsWith("附件", StringComparison.Ordinal) || text.StartsWith("附表", StringComparison.Ordinal)
            || text.AsSpan().IndexOfAny("。：:；;|") >= 0 || TitleOf(row) is not null)
            return false;
        if (text.EndsWith('年') || text.EndsWith("年度", StringComparison.Ordinal))
            return text.Length > 5 && !FormValues.TryParseDate(text, out _);
        // 示例市冷链物流专项 / 2024年中央预算内投资计划绩效目标表: the title's rest starts with its year, what it is for
        // stands on the line above (a name without digits).
        if (StartsWithYear(rest) && !ChineseText.HasAsciiDigit(text)) return true;
        return OpenBrackets(text) > 0 && OpenBrackets(text + rest) == 0;
    }

    /// A line wholly in brackets that names what the form is for: not the year line ((2024年度)), a money unit
    /// ((单位：万元)) or a seal's place ((盖章)).
    private static bool IsBracketedSubtitle(SourceRow row)
    {
        if (row.IsEmpty || row.Cells.Length != 1) return false;
        var text = row.Joined;
        return text.Length is >= 6 and <= 60 && text[0] is '(' or '（' && text[^1] is ')' or '）' && OpenBrackets(text) == 0
            && text.AsSpan().IndexOfAny("：:") < 0 && !YearLine().IsMatch(text) && !text.Contains("盖章", StringComparison.Ordinal);
    }

    private static bool StartsWithYear(string text) =>
        text.Length > 5 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]) && text[4] == '年';

    private static int OpenBrackets(string text)
    {
        var open = 0;
        foreach (var c in text)
            open += c is '(' or '（' ? 1 : c is ')' or '）' ? -1 : 0;
        return open;
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
        text = WithoutAttachmentMark(text);
        draft.Title = text;
        draft.Sources.Add("title", new SourceRef(line));
        draft.Recognised++;
        // 2024年示例县项目支出绩效目标申报表: the division follows the year the title starts with.
        var place = LeadingYear().Match(text) is { Success: true } lead ? text[lead.Length..] : text;
        if (Region().Match(place) is { Success: true } region && !NotPlaces.Contains(region.Groups[1].Value))
        {
            draft.Region = region.Groups[1].Value;
            draft.Sources.Add("region", new SourceRef(line));
        }
    }

    /// 附件2 2024年度项目支出绩效目标申报表: the attachment's number the page put before the title is not the title's.
    private static string WithoutAttachmentMark(string text) =>
        text.StartsWith("附件", StringComparison.Ordinal) || text.StartsWith("附表", StringComparison.Ordinal)
            ? AttachmentMark().Replace(text, "", 1)
            : text;

    [GeneratedRegex(@"^附[件表]\s*[0-9０-９一二三四五六七八九十]*(?:[-－—.．][0-9]+)*\s*[：:、]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AttachmentMark();

    [GeneratedRegex(@"^\d{4}年度?", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingYear();

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
    // starts a word is no division: 区域 (中央对地方专项转移支付区域绩效目标表); a level after the division is none either
    // (北京市市级…, 天津市区级…: the division is 北京市).
    [GeneratedRegex(@"^([\u4e00-\u9fa5]{1,12}?(?:自治区|自治州|省|市|州|盟|县|区|旗))(?![市县区州域](?!级))", RegexOptions.CultureInvariant)]
    private static partial Regex Region();

    // The regex only for a text with a dot: most rows above the form's first label have none.
    private static string WithoutFileExtension(string text) => text.Contains('.') ? FileExtension().Replace(text, "") : text;

    [GeneratedRegex(@"\.(?:docx?|xlsx?|pdf|wps|et)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();
}
