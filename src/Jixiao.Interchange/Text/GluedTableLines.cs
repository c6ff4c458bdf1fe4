namespace Jixiao.Interchange.Text;

/// The indicator table of a form whose every row lost its separators, one table row per line (a PDF copied as plain
/// text, 南昌): "产出指标数量指标开发建设…平台（一期）1个100%". A row is one indicator: the level names that start it
/// (only when the row starts a new level; merged cells print on their first row only), its name, and its value, the
/// value token that ends the row. The name may itself hold numbers ("…≥4万人"), so only the last token is the value.
internal static partial class GluedText
{
    // 社会公众或服务对象满意度指标: the longest level name a row can start with.
    private const int LongestLevelName = 14;

    /// The rows for one glued table line, or null when the line is no indicator row (a label's row, a review box).
    /// A line that ends in no value and starts with no level name is still an indicator: its value cell is empty.
    private static List<SourceRow>? SplitTableLine(List<SourceRow> rows, int index, EmitState state)
    {
        var row = rows[index];
        if (row.Layout != RowLayout.Text) return null;
        var text = row.Joined;
        if (text.Length == 0 || Match(text, 0, out _) == Piece.Label) return null;

        var result = new List<SourceRow>();
        var at = 0;
        // "指标工程建设验收合格率100%": the rest of the level cell the row above started ("质量"), cut by a page break
        // or by a break inside the cell ("社会效益" / "指标"); the row above gave the whole name.
        if (state.WrappedLevel && text.StartsWith(IndicatorWord, StringComparison.Ordinal)) at = IndicatorWord.Length;
        var next = NextText(rows, index);
        var last = "";
        while (LevelPrefix(text, at, next) is var length and > 0)
        {
            last = text.Substring(at, length);
            result.Add(Row(row.Line, [last]));
            at += length;
        }
        state.WrappedLevel = last.Length > 0 && !last.EndsWith(IndicatorWord, StringComparison.Ordinal) && next is not null
            && next.StartsWith(IndicatorWord, StringComparison.Ordinal);
        if (state.WrappedLevel) result[^1] = Row(row.Line, [last + IndicatorWord]);
        if (at == text.Length) return result;

        var rest = text[at..];
        var value = TrailingValue(rest);
        // "农牧区群众就医可及性明显改善": a worded value run into the name, the indicator's last words.
        if (value == 0 && TrailingPhrase.Length(rest) is var phrase and > 0) value = rest.Length - phrase;
        string? target = null;
        if (value > 0) (rest, target) = (rest[..value], rest[value..]);
        result.Add(Row(row.Line, [rest]));
        result.Add(Row(row.Line, target is null ? [] : [target]));
        return result;
    }

    private const string IndicatorWord = "指标";

    private const string ReviewWord = "审核意见";

    /// A review box's row run together: each cell of it ends in 审核意见 (the merged 审核意见 beside all boxes, the
    /// box's label) but the last, which is what the box holds, so the row is cut after each 审核意见.
    private static SourceRow ReviewRow(string text, int line)
    {
        var cells = new List<string>();
        var from = 0;
        for (var at = text.IndexOf(ReviewWord, StringComparison.Ordinal); at >= 0; at = text.IndexOf(ReviewWord, from, StringComparison.Ordinal))
        {
            cells.Add(text[from..(at + ReviewWord.Length)]);
            from = at + ReviewWord.Length;
        }
        if (from < text.Length) cells.Add(text[from..]);
        return Row(line, [.. cells]);
    }

    private static string? NextText(List<SourceRow> rows, int index) => index + 1 < rows.Count ? rows[index + 1].Joined : null;

    /// The length of the level name that starts <paramref name="text"/> at <paramref name="at"/> and leaves an indicator
    /// after it, or 0. A level name ends in 指标, or is a benefit or satisfaction level written without it (社会效益,
    /// 可持续效益, 服务对象满意度); a bare stem (质量, 时效) counts only when the next row starts with the 指标 it lost.
    private static int LevelPrefix(string text, int at, string? next)
    {
        for (var length = Math.Min(LongestLevelName, text.Length - at); length >= 2; length--)
        {
            var name = text.Substring(at, length);
            var role = LevelLabel.Of(name).Role;
            if (role is LevelRole.None or LevelRole.Fragment || IsValueOnly(text, at + length)) continue;
            if (name.EndsWith("指标", StringComparison.Ordinal) || (length >= 4 && EndsLikeABenefitOrSatisfaction(name))) return length;
            if (next is not null && next.StartsWith("指标", StringComparison.Ordinal) && LevelLabel.Of(name + "指标").Role != LevelRole.None)
                return length;
        }
        return 0;
    }

    private static bool EndsLikeABenefitOrSatisfaction(string name) =>
        name.EndsWith("效益", StringComparison.Ordinal) || name.EndsWith("影响", StringComparison.Ordinal) || name.EndsWith("满意度", StringComparison.Ordinal);

    /// True when the text from <paramref name="from"/> is one value and nothing else ("服务对象满意度≥90%" is a name
    /// and its value, not a level name before a value).
    private static bool IsValueOnly(string text, int from)
    {
        var value = ValueToken().Match(text, from);
        return value.Success && value.Index == from && value.Length == text.Length - from;
    }

    /// Where the value that ends <paramref name="text"/> starts, or 0 when none ends it (or nothing is left before it).
    /// A range ends with its second end ("2021年1月-12月"): the value starts at its first.
    private static int TrailingValue(string text)
    {
        var start = 0;
        var previousEnd = -1;
        var previousStart = 0;
        foreach (System.Text.RegularExpressions.Match value in ValueToken().Matches(text))
        {
            if (value.Index + value.Length == text.Length)
                start = previousEnd == value.Index - 1 && RangeMarks.Contains(text[value.Index - 1]) ? previousStart : value.Index;
            (previousStart, previousEnd) = (value.Index, value.Index + value.Length);
        }
        return start;
    }

    private const string RangeMarks = "-－—~～至";
}
