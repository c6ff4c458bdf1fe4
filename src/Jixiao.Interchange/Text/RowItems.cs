namespace Jixiao.Interchange.Text;

/// A piece of a row: a label (with the value written in the same cell after it, if any) or a bare value.
/// <see cref="Cell"/> is the whole cell a label with its value came from, when it was one cell of a tab or pipe row.
internal readonly record struct RowItem(LabelMeaning? Meaning, string Printed, string? Suffix, string Value, int Column, string? Cell = null)
{
    public bool IsLabel => Meaning is not null;
}

/// Splits a row into labels and values. A tab or pipe cell is a label when it starts with one ("项 目 名 称：2022 年…"
/// is the label 项目名称 and its value); a space-separated line is cut at every label that starts a token
/// ("项目名称 2018年… 项目负责人及电话 郭铁梅189…").
internal static class RowItems
{
    public static List<RowItem> Extract(SourceRow row)
    {
        // A tab or pipe row gives one item per cell; a space-separated line may give more.
        var items = new List<RowItem>(row.Layout == RowLayout.Text ? row.Cells.Length + 2 : row.Cells.Length);
        ExtractInto(row, items);
        return items;
    }

    /// <see cref="Extract(SourceRow)"/> into <paramref name="items"/>, cleared first: a caller that reads one row at a
    /// time keeps one list rather than making one per row.
    public static void ExtractInto(SourceRow row, List<RowItem> items) => ExtractInto(row, items, colonLabels: false);

    /// <see cref="ExtractInto(SourceRow, List{RowItem})"/> for a row of the header and basic information, where a cell
    /// that ends with a colon (项目联络员：, 立项年度：) is a label too, of a field the model has no member for
    /// (<see cref="LabelMeaning.Other"/>): empty, it is no value of the labels on the row above, and the cell beside or
    /// below it is its value, not the next label's.
    /// <paramref name="afterProse"/>: the row answers a prose field's label on the row above (项目概况, then
    /// 本项目主要内容包括： on the next line), whose sentences may end with a colon.
    public static void ExtractHeaderInto(SourceRow row, List<RowItem> items, bool afterProse = false) =>
        ExtractInto(row, items, colonLabels: !afterProse);

    private static void ExtractInto(SourceRow row, List<RowItem> items, bool colonLabels)
    {
        items.Clear();
        // A line that is a numbered heading and nothing else ((一)中长期绩效目标 above its paragraph, one cell per line):
        // that label, its value on the lines below. Only the whole line: inside a line of text a numbering starts items.
        if (row.Layout == RowLayout.Text && row.Cells.Length == 1 && NumberedLabel(row.Cells[0].Text) is { Value.Length: 0 } heading)
            items.Add(heading);
        else if (row.Layout == RowLayout.Text) ExtractFromText(row.Raw, items, colonLabels);
        else
            foreach (var cell in row.Cells)
            {
                ExtractFromCell(cell, items, glued: false);
                // 项目概况 | 本项目主要内容包括：: beside a prose field's label, the cell is its sentence.
                if (colonLabels && items[^1] is { IsLabel: false } value && !(items.Count > 1 && items[^2] is { Value.Length: 0, Meaning: { } left } && IsProse(left))
                    && ColonLabelLength(value.Value, 0) is var length and > 0 && length == value.Value.Length)
                    items[^1] = new RowItem(LabelMeaning.Other, value.Value[..(length - 1)], null, "", cell.Column, value.Value);
            }
    }

    /// The length, colon included, of the unknown label that starts at <paramref name="start"/> and ends with a colon
    /// (项目联络员：, 统一社会信用代码：, 省级项目主管单位负责人签字：), or 0. A label is a few Chinese words, without digits or
    /// punctuation: "目标1：…", "其中：" and a fund source's name (the fund table's) and sentences are none. A cheap look: most cells have no colon.
    private static int ColonLabelLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= LongestColonLabel && text[end] is not (':' or '：') && !ChineseText.IsSpace(text[end])) end++;
        if (end >= text.Length || text[end] is not (':' or '：') || end - start < 2 || end - start > LongestColonLabel) return 0;
        for (var i = start; i < end; i++)
            if (text[i] is not ((>= '\u4e00' and <= '\u9fff') or '(' or ')' or '（' or '）' or '、' or '/')) return 0;
        if (text.AsSpan(start, end - start) is "其中" or "注" or "说明") return 0;
        // 财政拨款： | 2430.30 among the fields (Hainan): a fund source's row, which the fund table reads, not a field.
        if (FundSection.Clean(text.Substring(start, end - start)).Depth >= 0) return 0;
        return end - start + 1;
    }

    private const int LongestColonLabel = 16;

    /// Fields whose value is prose, which may hold a clause ending with a colon.
    private static bool IsProse(LabelMeaning meaning) =>
        meaning is LabelMeaning.Overview or LabelMeaning.Measures or LabelMeaning.OverallGoal or LabelMeaning.AnnualGoal;

    /// Labels glued to their values with no space or colon ("项目名称小学教育公用经费"), as some extractions leave
    /// them: each cell that starts with a label of four characters or more is cut after it. Only for the rows above
    /// the indicator table, where a cell starting with a label is that label.
    public static void ExtractGluedInto(SourceRow row, List<RowItem> items)
    {
        items.Clear();
        var cells = row.Layout == RowLayout.Text ? [new SourceCell(row.Joined, 0)] : row.Cells;
        foreach (var cell in cells) ExtractFromCell(cell, items, glued: true);
    }

    private const int ShortestGluedLabel = 4;

    private static void ExtractFromCell(SourceCell cell, List<RowItem> items, bool glued)
    {
        var text = cell.Text;
        if (NumberedLabel(text) is { } numbered)
        {
            items.Add(numbered with { Column = cell.Column });
            return;
        }
        if (FormLabels.Trie.TryMatch(text, 0, needBoundary: true, out var meaning, out var span)
            || (glued && FormLabels.Trie.TryMatch(text, 0, needBoundary: false, out meaning, out span) && span.LabelEnd >= ShortestGluedLabel
                && FormLabels.TakesValue(meaning) && !IsSentenceAfterNameLabel(meaning, text, span.End)))
            items.Add(new RowItem(meaning, text[..span.LabelEnd], span.Suffix, Rest(text, span.End), cell.Column, text));
        else
            items.Add(new RowItem(null, "", null, text, cell.Column));
    }

    /// "项目单位按项目实施内容设置了11个指标，…" (Cixi): a sentence that starts with a label's words. A glued label of a
    /// name (a unit, a person, a date) is followed by that name, which has no sentence's comma or full stop; prose
    /// fields (项目概况…) may be.
    private static bool IsSentenceAfterNameLabel(LabelMeaning meaning, string text, int end) =>
        meaning is not (LabelMeaning.Overview or LabelMeaning.Measures or LabelMeaning.OverallGoal or LabelMeaning.AnnualGoal or LabelMeaning.Other)
        && text.AsSpan(end).IndexOfAny("，。；") >= 0;

    /// 一、项目概况 | 五、制度措施 | 七、项目支出预算明细 (a city review form): a label after a group's numbering (一、,
    /// (一)) is that label; the numbering is the form's, not part of the label's value. A digit's numbering (1.) is
    /// left alone: it numbers items, fund rows and indicators, whose names may start like a label.
    private static RowItem? NumberedLabel(string text)
    {
        if (text.Length < 3 || !Numbering.IsGroup(text)) return null;
        var start = Numbering.Length(text);
        if (!FormLabels.Trie.TryMatch(text, start, needBoundary: true, out var meaning, out var span)
            && !FormLabels.NumberedOnly.TryMatch(text, start, needBoundary: true, out meaning, out span))
            return null;
        return new RowItem(meaning, text[start..span.LabelEnd], span.Suffix, Rest(text, span.End), 0, text);
    }

    private static void ExtractFromText(string raw, List<RowItem> items, bool colonLabels)
    {
        LabelMeaning? pending = null;
        var pendingLabel = "";
        string? pendingSuffix = null;
        var valueStart = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var atBoundary = i == 0 || ChineseText.IsSpace(raw[i - 1]) || raw[i - 1] is ':' or '：';
            if (!atBoundary || ChineseText.IsSpace(raw[i])) continue;
            if (!FormLabels.Trie.TryMatch(raw, i, needBoundary: true, out var meaning, out var span))
            {
                // 项目联络员： 项目分类： 民生类: an unknown label, its value the words after it up to the next label.
                // Only a whole token ("项目包括：道路…" in prose is a sentence), and not inside a prose field's value.
                if (!colonLabels || (pending is { } left && IsProse(left))
                    || ColonLabelLength(raw, i) is not (> 0 and var length) || (i + length < raw.Length && !ChineseText.IsSpace(raw[i + length])))
                    continue;
                (meaning, span) = (LabelMeaning.Other, new LabelSpan(i, i + length - 1, ChineseText.SkipSpaces(raw, i + length), null, Colon: true));
            }
            Flush(raw, valueStart, i, pending, pendingLabel, pendingSuffix, items, items.Count);
            pending = meaning;
            pendingLabel = ChineseText.Normalize(raw.AsSpan(i, span.LabelEnd - i));
            pendingSuffix = span.Suffix;
            valueStart = span.End;
            i = Math.Max(i, span.End - 1);
        }
        Flush(raw, valueStart, raw.Length, pending, pendingLabel, pendingSuffix, items, items.Count);
    }

    private static void Flush(string raw, int from, int to, LabelMeaning? meaning, string label, string? suffix, List<RowItem> items, int column)
    {
        var value = from < to ? ChineseText.Normalize(raw.AsSpan(from, to - from)) : "";
        if (meaning is null)
        {
            if (value.Length > 0) items.Add(new RowItem(null, "", null, value, column));
            return;
        }
        items.Add(new RowItem(meaning, label, suffix, value, column));
    }

    private static string Rest(string text, int end) => end >= text.Length ? "" : ChineseText.Normalize(text.AsSpan(end));
}
