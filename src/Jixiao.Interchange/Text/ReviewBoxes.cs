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
        // One vectorised look at the line: a box label always holds 意 (意见).
        if (!row.RawSpan.Contains('意')) return false;
        var cells = row.Cells;
        var labelAt = -1;
        for (var i = 0; i < cells.Length; i++)
        {
            if (!IsBoxLabel(cells[i].Text)) continue;
            var isRowHeading = ChineseText.Compact(cells[i].Text) == "审核意见" && i + 1 < cells.Length && IsBoxLabel(cells[i + 1].Text);
            if (isRowHeading) continue;
            labelAt = i;
            break;
        }
        if (labelAt < 0) return false;

        var label = WithoutStamp(ChineseText.Normalize(cells[labelAt].Text));
        var content = SourceCell.JoinTexts(cells[(labelAt + 1)..], "");
        var (opinion, reviewer, date) = ReadContent(content);
        draft.Sources.Add($"reviews[{draft.Reviews.Count}]", new SourceRef(row.Line));
        draft.Reviews.Add(new ReviewBox { Kind = KindOf(label), Label = label, Opinion = opinion, Reviewer = reviewer, Date = date });
        draft.Recognised++;
        return true;
    }

    private static bool IsBoxLabel(string text)
    {
        if (!text.Contains('意')) return false;
        var compact = WithoutStamp(text).AsSpan().TrimEnd();
        return compact.Length <= 40 && compact.EndsWith("意见", StringComparison.Ordinal)
            && (compact.Contains("审核", StringComparison.Ordinal) || compact.Contains("初审", StringComparison.Ordinal)
                || compact.Contains("审批", StringComparison.Ordinal) || compact.Contains("审定", StringComparison.Ordinal)
                || compact.Contains("复核", StringComparison.Ordinal) || compact.Contains("审 核", StringComparison.Ordinal)
                || IsReviewerOpinion(compact));
    }

    /// 主管部门意见, 财政部门意见, 业务科室意见: a reviewing office and its opinion, without the word 审核. Only an office
    /// name right before 意见 counts: 征求意见 and 群众意见 name indicators, not boxes.
    private static bool IsReviewerOpinion(ReadOnlySpan<char> label)
    {
        var office = label[..^2].TrimEnd();
        return office.Length is >= 2 and <= 12 && (office.EndsWith("部门") || office.EndsWith("财政局") || office.EndsWith("财政") || office.EndsWith("科室")
            || office.EndsWith("科") || office.EndsWith("处") || office.EndsWith("处室") || office.EndsWith("局") || office.EndsWith("机构"));
    }

    private static ReviewBoxKind KindOf(string label) =>
        label.Contains("主管部门", StringComparison.Ordinal) ? ReviewBoxKind.CompetentDepartment
        : label.Contains("归口科室", StringComparison.Ordinal) ? ReviewBoxKind.CounterpartSection
        : label.Contains("绩效评价", StringComparison.Ordinal) ? ReviewBoxKind.PerformanceEvaluation
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
            if (!(c is '审' or '核' or '人' or '盖' or '章' or '年' or '月' or '日' or '单' or '位' or '公' or '签' or '字'
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

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex FilledDate();

    // The blank date of the template: 年 月 日.
    [GeneratedRegex(@"年\s*月\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex BlankDate();
}
