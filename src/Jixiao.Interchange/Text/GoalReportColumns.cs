namespace Jixiao.Interchange.Text;

/// 年度总体目标 | 预期目标 | 实际完成情况 (a year-end self-evaluation) or 年初设定目标 |
/// 1-7月执行情况 (an in-year monitoring form), then the row of their texts: the goal as set is the goal; what was done
/// by now is no goal, and is kept under its heading. The set goal's heading comes first on both kinds of form.
internal sealed class GoalReportColumns(DeclarationDraft draft)
{
    private readonly List<(string Heading, int Column)> _headings = [];

    /// Takes the sub-headings right of a goal label left without a value (from <paramref name="start"/> to the row's end).
    public bool TryReadHeadings(List<RowItem> items, int start)
    {
        _headings.Clear();
        if (items.Count - start < 2 || items[start].IsLabel || !IsSetGoalHeading(items[start].Value)) return false;
        for (var k = start + 1; k < items.Count; k++)
            if (items[k].IsLabel || !IsReportHeading(items[k].Value)) return false;
        for (var k = start; k < items.Count; k++) _headings.Add((items[k].Value, items[k].Column));
        draft.Recognised += items.Count - start;
        return true;
    }

    /// The row of texts under the sub-headings: one under each, in order (a `|` row drops its empty cells), or in a tab
    /// row under the heading of its own column.
    public bool TryAssign(List<RowItem> pending, List<RowItem> values, SourceRow row)
    {
        if (_headings.Count == 0 || pending is not [var label]) return false;
        var byOrder = values.Count == _headings.Count;
        var headings = new string?[values.Count];
        for (var k = 0; k < values.Count; k++)
        {
            if (values[k].IsLabel) return Forget();
            headings[k] = byOrder ? _headings[k].Heading : row.Layout == RowLayout.Tabs ? HeadingAt(values[k].Column) : null;
            if (headings[k] is null) return Forget();
        }
        for (var k = 0; k < values.Count; k++)
        {
            if (headings[k] == _headings[0].Heading) draft.Set(label.Meaning!.Value, label.Printed, values[k].Value, row.Line, label.Suffix);
            else draft.AddOther(headings[k]!, values[k].Value, row.Line);
        }
        _headings.Clear();
        return true;
    }

    private string? HeadingAt(int column)
    {
        foreach (var (heading, at) in _headings)
            if (at == column) return heading;
        return null;
    }

    private bool Forget()
    {
        _headings.Clear();
        return false;
    }

    // 预期目标, 年初设定目标, 年度目标: short, ending in 目标.
    private static bool IsSetGoalHeading(string text) =>
        text.Length is > 2 and <= 8 && text.EndsWith("目标", StringComparison.Ordinal) && !ChineseText.HasAsciiDigit(text);

    // 实际完成情况, 1-7月执行情况, 全年预计完成情况: what was done, or is expected to be, by the report's date.
    private static bool IsReportHeading(string text)
    {
        var heading = ReportingPeriod.StripFrom(text);
        return heading.Length <= 12 && !ChineseText.HasAsciiDigit(heading)
            && (heading.Contains("完成", StringComparison.Ordinal) || heading.Contains("执行", StringComparison.Ordinal));
    }
}
