using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;

namespace Jixiao.Interchange.Text;

/// The review boxes (审核意见栏) under the table: a label (主管部门审核意见) and the box, which on a blank form holds
/// only its printed template (审核人（盖章）： 年 月 日).
internal static partial class ReviewBoxes
{
    /// Reads the row as a review box when one of its cells is a box label. The merged cell 审核意见 beside all the
    /// boxes is not a box of its own.
    public static bool TryRead(SourceRow row, DeclarationDraft draft)
    {
        var cells = row.Cells;
        // The next section of a box split into sections (市财政局审核意见 | 业务科室 … on one row, | 绩效科 … below it).
        if (draft.ReviewGroup is { } group && cells.Length > 0 && SectionNameLength(cells[0].Text) > 0)
        {
            AddSections(group, cells, row.Line, draft);
            OpenIfAlone(row, draft);
            return true;
        }
        if (draft.OpenReviewBox is not null && TryContinue(row, draft)) return true;
        // One vectorised look at the line: a box label always holds 意 (意见).
        if (!row.RawSpan.Contains('意')) return false;
        if (IsSpacedLabel(row))
        {
            draft.ReviewGroup = null;
            Add(row.Joined, "", row.Line, draft);
            draft.OpenReviewBox = (draft.Reviews.Count - 1, "");
            return true;
        }
        var labelAt = -1;
        for (var i = 0; i < cells.Length; i++)
        {
            if (!IsBoxLabel(cells[i].Text, firstCell: i == 0)) continue;
            var isRowHeading = IsMergedHeading(cells[i].Text) && i + 1 < cells.Length && IsBoxLabel(cells[i + 1].Text, firstCell: true);
            if (isRowHeading) continue;
            labelAt = i;
            break;
        }
        if (labelAt < 0) return false;

        // Boxes side by side (项目单位意见 | 同意 | 主管部门意见 | 同意): each box holds the cells up to the next one.
        while (labelAt < cells.Length)
        {
            var next = labelAt + 1;
            while (next < cells.Length && !IsBoxLabel(cells[next].Text, firstCell: true)) next++;
            draft.ReviewGroup = null;
            if (next > labelAt + 1 && SectionNameLength(cells[labelAt + 1].Text) > 0)
            {
                draft.ReviewGroup = WithoutStamp(ChineseText.Normalize(cells[labelAt].Text));
                AddSections(draft.ReviewGroup, cells[(labelAt + 1)..next], row.Line, draft);
            }
            else Add(cells[labelAt].Text, SourceCell.JoinTexts(cells[(labelAt + 1)..next], ""), row.Line, draft);
            labelAt = next;
        }
        OpenIfAlone(row, draft);
        return true;
    }

    /// One cell per line, a box label the extraction broke with spaces where the cell wrapped (市财政局 业务科 审核意见,
    /// 市财政公 共服务中 心 绩效评价 科审核意 见): the whole line is the label, not a row of tokens. Only when no token
    /// but the last is a label itself: 项目单位意见 同意 主管部门意见 同意 is boxes side by side.
    private static bool IsSpacedLabel(SourceRow row)
    {
        var cells = row.Cells;
        if (row.Layout != RowLayout.Text || cells.Length < 2 || !IsBoxLabel(row.Joined, firstCell: true)) return false;
        for (var i = 0; i < cells.Length - 1; i++)
            if (IsBoxLabel(cells[i].Text, firstCell: true)) return false;
        return true;
    }

    /// One cell per line: a box label alone on its line opens the box for the lines below it.
    private static void OpenIfAlone(SourceRow row, DeclarationDraft draft) =>
        draft.OpenReviewBox = row.Layout == RowLayout.Text && row.Cells.Length == 1 ? (draft.Reviews.Count - 1, "") : null;

    /// A line below a box opened by its label alone: the box's next cell, as if on the label's row. A 业务科室 right
    /// under the label makes the box one split into sections; the date closes the box, and so does a form label (a
    /// field after the box) or anything but a line of text.
    private static bool TryContinue(SourceRow row, DeclarationDraft draft)
    {
        var (index, content) = draft.OpenReviewBox!.Value;
        draft.OpenReviewBox = null;
        var text = row.Joined;
        if (row.Layout == RowLayout.Text && content.Length == 0 && IsBoxLabel(text, firstCell: true) && IsMergedHeading(draft.Reviews[index].Label))
        {
            // 审核意见 on its own line, then the boxes' labels (one cell per line): the cell merged beside all the boxes,
            // no box of its own (as on a row of cells, TryRead).
            draft.Reviews.RemoveAt(index);
            return false;
        }
        if (row.Layout != RowLayout.Text || IsBoxLabel(text, firstCell: true) || FormNotes.IsStart(row)) return false;
        if (!StartsSignature(text) && FormLabels.Trie.TryMatch(text, 0, needBoundary: true, out _, out _)) return false;
        var box = draft.Reviews[index];
        if (content.Length == 0 && SectionNameLength(text) > 0)
        {
            draft.Reviews.RemoveAt(index);
            draft.ReviewGroup = box.Label;
            AddSections(box.Label, row.Cells, row.Line, draft);
            OpenIfAlone(row, draft);
            return true;
        }
        content += text;
        var (opinion, reviewer, date) = ReadContent(content);
        draft.Reviews[index] = box with { Opinion = opinion, Reviewer = reviewer, Date = date };
        if (!FilledDate().IsMatch(content) && !BlankDate().IsMatch(content)) draft.OpenReviewBox = (index, content);
        return true;
    }

    /// 审核意见 (or 审 核 意 见): the heading merged beside the boxes, not a box when box labels follow it.
    private static bool IsMergedHeading(string label) => ChineseText.CompactInto(label, stackalloc char[ShortestLong]) is "审核意见";

    /// 审核人：王强, 日期：2024年1月20日, 年 月 日: the signature lines of a box, whatever labels they start with (经办人).
    private static bool StartsSignature(string text) =>
        Signer().Match(text) is { Success: true, Index: 0 } || FilledDate().Match(text) is { Success: true, Index: 0 }
        || BlankDate().Match(text) is { Success: true, Index: 0 };

    /// A section of the finance bureau's box (Hunan's 市财政局审核意见: 业务科室 and 绩效科, each with its reviewer and
    /// date): a box of its own, labelled with both names, whose stage its section says.
    private static bool IsSection(ReadOnlySpan<char> text)
    {
        var compact = ChineseText.CompactInto(text, stackalloc char[ShortestLong]);
        foreach (var name in SectionNames)
            if (compact.SequenceEqual(name)) return true;
        return false;
    }

    // Longer than every name compared with a cell's compact form here (ChineseText.CompactInto).
    private const int ShortestLong = 8;

    /// The sections of a box, each from its name to the next one: a line of space-separated text prints both on
    /// one row (市财政局审核意见 业务科室审核人： 日期： 绩效科审核人： 日期：), and the second department's name is
    /// a section of its own, never the first one's reviewer.
    private static void AddSections(string group, ReadOnlySpan<SourceCell> cells, int line, DeclarationDraft draft)
    {
        var start = 0;
        for (var i = 1; i <= cells.Length; i++)
        {
            if (i < cells.Length && SectionNameLength(cells[i].Text) == 0) continue;
            AddSection(group, cells[start..i], line, draft);
            start = i;
        }
    }

    /// One section; its name may carry the signature line glued to it (业务科室审核人：), which is the section's content.
    private static void AddSection(string group, ReadOnlySpan<SourceCell> cells, int line, DeclarationDraft draft)
    {
        var first = cells[0].Text.AsSpan().TrimStart();
        var nameLength = SectionNameLength(first);
        var content = string.Concat(first[nameLength..], SourceCell.JoinTexts(cells[1..], ""));
        Add($"{group}（{ChineseText.Compact(first[..nameLength])}）", content, line, draft);
    }

    /// How long the section name is that the cell starts with (0 when none): the name alone (业务科室), or the name
    /// with the section's signature line glued to it (业务科室审核人：, 绩效科 审核人：王强). Nothing else: 业务科室审核
    /// 通过 is an opinion.
    private static int SectionNameLength(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        if (IsSection(text)) return text.Length;
        foreach (var name in SectionNames)
        {
            if (!text.StartsWith(name, StringComparison.Ordinal)) continue;
            foreach (var signer in Signer().EnumerateMatches(text[name.Length..].TrimStart()))
                return signer.Index == 0 ? name.Length : 0;
            return 0;
        }
        return 0;
    }

    // Longest first, so that 业务科室 is not read as 业务科 followed by 室.
    private static readonly string[] SectionNames = ["业务科室", "业务处室", "业务股室", "绩效评价科", "绩效管理科", "归口科室", "业务科", "绩效科", "绩效股"];

    private static void Add(string printedLabel, string content, int line, DeclarationDraft draft)
    {
        var label = WithoutStamp(ChineseText.Normalize(printedLabel));
        var (opinion, reviewer, date) = ReadContent(content);
        draft.Sources.Add($"reviews[{draft.Reviews.Count}]", new SourceRef(line));
        draft.Reviews.Add(new ReviewBox { Kind = KindOf(label), Label = label, Opinion = opinion, Reviewer = reviewer, Date = date });
        draft.Recognised++;
    }

    private static bool IsBoxLabel(string text, bool firstCell)
    {
        if (!text.Contains('意')) return false;
        var compact = WithoutStamp(text).AsSpan().TrimEnd();
        return compact.Length <= 40 && compact.EndsWith("意见", StringComparison.Ordinal)
            && (compact.Contains("审核", StringComparison.Ordinal) || compact.Contains("初审", StringComparison.Ordinal)
                || compact.Contains("审批", StringComparison.Ordinal) || compact.Contains("审定", StringComparison.Ordinal)
                || compact.Contains("复核", StringComparison.Ordinal) || compact.Contains("审 核", StringComparison.Ordinal)
                || (firstCell && IsReviewerOpinion(compact)));
    }

    /// 主管部门意见, 财政部门意见, 市财政局意见: a reviewing office and its opinion, without the word 审核. Only as the
    /// row's first cell, and only a known office: "按照主管部门意见" (a value) and "采纳相关部门意见" (a name) are not boxes.
    private static bool IsReviewerOpinion(ReadOnlySpan<char> label)
    {
        var office = label[..^2].TrimEnd();
        // 市教育局, 县发改委, 省财政厅: a bureau named with its place.
        if (office.Length is >= 3 and <= 12 && office[0] is '市' or '县' or '区' or '省' && office[^1] is '局' or '委' or '厅' or '办') return true;
        if (office.Length > 0 && office[0] is '市' or '县' or '区' or '省') office = office[1..];
        return office is "主管部门" or "主管单位" or "财政部门" or "财政局" or "财政" or "业务科室" or "业务科" or "业务处室" or "归口科室"
            or "绩效科" or "绩效评价科" or "绩效管理科" or "预算科" or "财政局业务科室" or "财政局绩效科" or "财政局归口科室"
            or "项目单位" or "申报单位" or "实施单位" or "预算单位";
    }

    private static ReviewBoxKind KindOf(string label) =>
        label.Contains("主管部门", StringComparison.Ordinal) ? ReviewBoxKind.CompetentDepartment
        : label.Contains("归口科室", StringComparison.Ordinal) ? ReviewBoxKind.CounterpartSection
        : label.Contains("绩效评价", StringComparison.Ordinal) || label.Contains("绩效科", StringComparison.Ordinal) || label.Contains("绩效股", StringComparison.Ordinal)
            ? ReviewBoxKind.PerformanceEvaluation
        : label.Contains("业务科", StringComparison.Ordinal) ? ReviewBoxKind.FinanceBusiness
        : ReviewBoxKind.Other;

    /// Splits what a box holds into opinion, reviewer and date; the printed template alone gives nothing.
    private static (string? Opinion, string? Reviewer, DateOnly? Date) ReadContent(string content)
    {
        var text = ChineseText.Normalize(content);
        if (IsBlankTemplate(text)) return (null, null, null);
        DateOnly? date = null;
        if (FilledDate().Match(text) is { Success: true } found)
        {
            date = new DateOnly(Int(found.Groups[1].Value), Int(found.Groups[2].Value), Int(found.Groups[3].Value));
            text = text.Remove(found.Index, found.Length);
        }
        text = BlankDate().Replace(text, "");
        string? reviewer = null;
        var signer = Signer().Match(text);
        if (signer.Success)
        {
            reviewer = Clean(text[(signer.Index + signer.Length)..]);
            text = text[..signer.Index];
        }
        return (Clean(WithoutStamp(text)), reviewer, date);
    }

    // What a blank box prints: 审核人（盖章）：年月日, (盖章), 单位公章：年月日 — nothing but template words.
    private static bool IsBlankTemplate(string text)
    {
        foreach (var c in text)
            if (!(c is '审' or '核' or '人' or '盖' or '章' or '年' or '月' or '日' or '期' or '单' or '位' or '公' or '签' or '字'
                or '(' or ')' or '（' or '）' or ':' or '：')) return false;
        return true;
    }

    private static string? Clean(string text)
    {
        var trimmed = text.Trim().Trim(':', '：', '，', ',', '。');
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // Every cell with 意 is asked whether it is a box label (满意度 rows too): most hold no stamp, and a vectorised
    // look for 盖 spares them the regex.
    private static string WithoutStamp(string text) => text.Contains('盖') ? Stamp().Replace(text, "") : text;

    [GeneratedRegex(@"[(（]\s*盖\s*章\s*[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    // 审核人（盖章）：, 审核人：, 单位公章：, 经办人签字：
    [GeneratedRegex(@"(?:审核人|经办人|负责人|单位公章|公章|签字|签章)(?:[(（]\s*盖\s*章\s*[)）])?\s*[:：]?", RegexOptions.CultureInvariant)]
    private static partial Regex Signer();

    // With its label, when the box prints one (审核人：王强 | 日期：2024年1月20日): else the label ends the reviewer's name.
    [GeneratedRegex(@"(?:日期\s*[:：]?\s*)?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex FilledDate();

    // The blank date of the template: 年 月 日, 日期：年 月 日, or 日期： alone (not 日期 inside an opinion).
    [GeneratedRegex(@"日期\s*[:：]\s*(?:年\s*月\s*日)?|(?:日期\s*)?年\s*月\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex BlankDate();
}
