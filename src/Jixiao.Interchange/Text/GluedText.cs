using System.Text.RegularExpressions;

namespace Jixiao.Interchange.Text;

/// A form run together into one line (a web page that lost its table markup, 鄂州): the line is cut at every label
/// it holds into one cell per line, and the indicator part after each level name into name, explanation and value.
/// This is a best effort: what still cannot be placed is reported by the reader as usual.
internal static partial class GluedText
{
    private enum Piece { Value, Label, Column, Level, ReviewBox }

    // Level names with their 指标, as they split the indicator part of a glued form.
    private static readonly LabelTrie<bool> LevelNames = new(new[]
    {
        "产出指标", "效益指标", "满意度指标", "成本指标", "数量指标", "质量指标", "时效指标", "经济效益指标", "社会效益指标", "生态效益指标",
        "可持续影响指标", "服务对象满意度指标", "社会公众或服务对象满意度指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
    }.Select(name => (name, true)));

    // Labels of fewer characters match too often inside run-together text (单位, 金额, 标准).
    private const int ShortestLabel = 4;
    private const int ShortestPersonLabel = 3;

    public static List<SourceRow> Expand(List<SourceRow> rows)
    {
        List<SourceRow>? result = null;
        // A form whose every row lost its separators (a PDF table extracted line by line, 青海): each row is run
        // together on its own, and what a row starts (the fund block, the table) goes on over the next rows.
        var gluedLines = HasGluedHeading(rows) ? new EmitState { PerLine = true } : null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (IsGlued(row))
            {
                result ??= rows.GetRange(0, i);
                Split(row, row.Raw, TitleBefore(rows, i), result, gluedLines ?? new EmitState());
            }
            else if (gluedLines is not null && row.Layout == RowLayout.Text && row.Joined.Contains(ReviewWord, StringComparison.Ordinal))
            {
                // A review box's row (市财政局业务科审核意见审核人（盖章）：年月日), inside or below the table: it ends the table.
                result ??= rows.GetRange(0, i);
                result.Add(ReviewRow(row.Joined, row.Line));
                gluedLines.InTable = false;
            }
            else if (gluedLines is { InTable: true } && !(gluedLines.AfterName is { } afterName && GluedColumns.Applies(afterName))
                && SplitTableLine(rows, i, gluedLines) is { } tableRows)
            {
                result ??= rows.GetRange(0, i);
                result.AddRange(tableRows);
            }
            else if (gluedLines is not null && IsGluedLine(row, gluedLines))
            {
                result ??= rows.GetRange(0, i);
                // The line's spaces are breaks inside a cell ("项目预算资金 来源构成"): its cells lost every separator.
                Split(row, row.Joined, null, result, gluedLines);
            }
            else result?.Add(row);
        }
        return result ?? rows;
    }

    /// What a run-together text has opened so far: the fund block, the indicator table and its explanation column.
    private sealed class EmitState
    {
        public bool InTable;
        public bool InFund;
        public bool ExplanationColumn;

        /// Rows run together one by one: inside the table a label's words start no new piece except at a row's start
        /// ("时效指标项目完成时间2023年11月30日前" names an indicator, not the 完成时间 field).
        public bool PerLine;

        /// The heading's columns after the name column (三级指标), in printed order, once the name column has come.
        public List<ColumnKind>? AfterName;

        /// The amount columns of the fund table's heading (上年度资金, 本年度资金): with two of them, a row's two amounts
        /// run together ("3857.2910000") are cut apart.
        public int FundAmountColumns;

        /// The decimals the form prints its amounts with, from an amount read on its own (项目总预算13857.29…).
        public int? AmountDecimals;

        /// The row above started with a level name's first word only (质量): this row starts with the 指标 it lost.
        public bool WrappedLevel;
    }

    /// A row that is the indicator table's heading run together and nothing else ("绩效指标一级指标二级指标三级指标指标值"):
    /// the sign that the form's rows lost their separators. Only one cell, and at least three column headings.
    private static bool HasGluedHeading(List<SourceRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.Layout != RowLayout.Text || row.Cells.Length != 1 || row.Raw.Length < 10) continue;
            var columns = 0;
            var i = 0;
            while (i < row.Raw.Length)
            {
                var piece = Match(row.Raw, i, out var span, afterColumn: columns > 0);
                if (piece == Piece.Value) break;
                if (piece == Piece.Column) columns++;
                i = EndOf(row.Raw, span, piece);
            }
            if (i >= row.Raw.Length && columns >= 3) return true;
        }
        return false;
    }

    /// A one-cell row that starts with a label, a level name or a column heading and holds more after it: on a form
    /// with a glued heading, such a row is cells run together ("主管部门…实施单位…", "质量指标工程验收合格率100%").
    /// Inside the fund block, a row of a source and its amount ("其中：财政拨款480.00") is one too.
    /// The line is read without its spaces: on such a form they are breaks inside a cell, not between cells.
    private static bool IsGluedLine(SourceRow row, EmitState state) =>
        row.Layout == RowLayout.Text && row.Joined is var text
        && (Match(text, 0, out var span) is var piece && piece != Piece.Value ? EndOf(text, span, piece) < text.Length : state.InFund && ChineseText.HasAsciiDigit(text));

    /// Where a label's piece ends: after its unit in brackets ("项目资金（万元）") or its required-field mark (一级指标*).
    /// A column heading keeps what its brackets say of it (指标值(包含数字及文字描述)): the heading's own words.
    private static int EndOf(string raw, LabelSpan span, Piece piece)
    {
        var end = span.Suffix is "万元" or "元" || (piece == Piece.Column && span.Suffix is not null) ? span.End : span.LabelEnd;
        return end < raw.Length && raw[end] is '*' or '＊' ? end + 1 : end;
    }

    /// A long line holding many labels, among them the indicator table's (一级指标, 数量指标 …): a prose paragraph
    /// that names a few fields (主管部门, 实施单位, 绩效目标) is not a form run together.
    private static bool IsGlued(SourceRow row)
    {
        if (row.Layout != RowLayout.Text || row.Raw.Length < 150 || row.Cells.Length > row.Raw.Length / 25) return false;
        var labels = 0;
        var tableWords = 0;
        for (var i = 0; i < row.Raw.Length; i++)
        {
            var piece = Match(row.Raw, i, out var span);
            if (piece == Piece.Value) continue;
            labels++;
            if (piece is Piece.Column or Piece.Level) tableWords++;
            if (labels >= LeastLabels && tableWords > 0) return true;
            i = span.LabelEnd - 1;
        }
        return false;
    }

    private const int LeastLabels = 6;

    /// The title printed above the glued line (a file name such as "….docx"): it is cut out of the line, where it
    /// stands between a box label and the first field.
    private static string? TitleBefore(List<SourceRow> rows, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var text = FileExtension().Replace(rows[i].Joined, "");
            if (text.Length is >= 6 and <= 80 && (text.EndsWith("目标表", StringComparison.Ordinal) || text.EndsWith("申报表", StringComparison.Ordinal)))
                return text;
        }
        return null;
    }

    private static void Split(SourceRow row, string raw, string? title, List<SourceRow> result, EmitState state)
    {
        if (title is not null && raw.IndexOf(title, StringComparison.Ordinal) is var at && at >= 0)
            raw = string.Concat(raw.AsSpan(0, at), " ", raw.AsSpan(at + title.Length));

        var pieces = new List<(Piece Kind, string Text)>();
        var textStart = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var afterColumn = textStart == i && pieces.Count > 0 && pieces[^1].Kind == Piece.Column;
            // Inside the value of a label of this row ("项目负责人范首江联系人陈凯孝"): a person's label may end it.
            var inLabelValue = i - textStart >= 2 && pieces.Count > 0 && pieces[^1].Kind == Piece.Label;
            var kind = Match(raw, i, out var span, afterColumn, inLabelValue);
            if (kind == Piece.Value || (kind == Piece.Label && state.PerLine && state.InTable && i > 0)) continue;
            AddValue(raw, textStart, i, pieces);
            // A unit in brackets stays with its label ("项目资金（万元）"); any other bracket may be the value.
            var end = EndOf(raw, span, kind);
            if (raw.AsSpan(end).StartsWith("审核意见")) { kind = Piece.ReviewBox; end += 4; }
            pieces.Add((kind, ChineseText.Normalize(raw.AsSpan(i, end - i))));
            textStart = end;
            i = end - 1;
        }
        AddValue(raw, textStart, raw.Length, pieces);
        Emit(pieces, row.Line, result, state);
    }

    private static void AddValue(string raw, int from, int to, List<(Piece, string)> pieces)
    {
        // 项目负责人电话:65239479财政拨款:2430.30 (Hainan): a fund source's name and its colon end the value before it;
        // the source is no label of the form's, so nothing else cuts it off the phone.
        for (var colon = raw.IndexOfAny(Colons, from, to - from); colon >= 0; colon = colon + 1 < to ? raw.IndexOfAny(Colons, colon + 1, to - colon - 1) : -1)
        {
            var name = FundNameBefore(raw, from, colon);
            if (name == 0) continue;
            AddValue(raw, from, colon - name, pieces);
            pieces.Add((Piece.Value, raw.Substring(colon - name, name)));
            from = colon + 1;
        }
        var text = ChineseText.Normalize(raw.AsSpan(from, to - from)).Trim(':', '：');
        if (text.Length > 0) pieces.Add((Piece.Value, text));
    }

    private static readonly char[] Colons = [':', '：'];

    /// The length of the fund source's name (财政拨款, 其他资金) that ends at <paramref name="end"/>, the longest one;
    /// 0 when none does.
    private static int FundNameBefore(string raw, int from, int end)
    {
        for (var length = Math.Min(LongestFundName, end - from); length >= 2; length--)
        {
            var text = raw.Substring(end - length, length);
            if (FundSection.Clean(text) is var (name, depth) && depth >= 1 && name == text) return length;
        }
        return 0;
    }

    private const int LongestFundName = 10;

    /// The piece starting at <paramref name="i"/>. Right after a column heading, shorter headings count too: the
    /// heading row runs on as 指标内容指标值备注, where 指标值 and 备注 alone would match inside any text.
    /// Inside a label's value, a person's label of three characters (联系人, 填报人, 经办人) ends the value too: such a
    /// label cannot be part of the name before it, while elsewhere it may be part of a longer text (项目联系人电话).
    private static Piece Match(string raw, int i, out LabelSpan span, bool afterColumn = false, bool inLabelValue = false)
    {
        span = default;
        var best = Piece.Value;
        if (FormLabels.Trie.TryMatch(raw, i, needBoundary: false, out var meaning, out var s1)
            && Longer(s1, i, span, inLabelValue && meaning == LabelMeaning.ContactPerson ? ShortestPersonLabel : ShortestLabel) && !InTitle(raw, s1))
        {
            span = s1;
            best = Piece.Label;
        }
        if (IndicatorColumns.Trie.TryMatch(raw, i, needBoundary: false, out _, out var s2) && Longer(s2, i, span, afterColumn ? 2 : ShortestLabel))
        {
            span = s2;
            best = Piece.Column;
        }
        if (LevelNames.TryMatch(raw, i, needBoundary: false, out _, out var s3) && Longer(s3, i, span)) { span = s3; best = Piece.Level; }
        return best;
    }

    private static bool Longer(LabelSpan candidate, int start, LabelSpan best, int shortest = ShortestLabel) =>
        candidate.LabelEnd - start >= shortest && candidate.LabelEnd > best.LabelEnd;

    /// 绩效目标 in 项目支出绩效目标表 / 绩效目标申报表 is the form's title, not the label.
    private static bool InTitle(string raw, LabelSpan span) =>
        raw.AsSpan(span.LabelEnd).StartsWith("表") || raw.AsSpan(span.LabelEnd).StartsWith("申报表");

    private static void Emit(List<(Piece Kind, string Text)> pieces, int line, List<SourceRow> result, EmitState state)
    {
        ref var inTable = ref state.InTable;
        ref var inFund = ref state.InFund;
        ref var explanationColumn = ref state.ExplanationColumn;
        for (var k = 0; k < pieces.Count; k++)
        {
            var (kind, text) = pieces[k];
            // 上年结转 inside the fund block (年度资金总额…其中：财政拨款…上年结转80.50其他资金0.00) is one of its rows.
            if (kind != Piece.Value)
            {
                var meaning = kind == Piece.Label && FormLabels.Trie.TryMatchWhole(text, out var labelMeaning, out _) ? labelMeaning : (LabelMeaning?)null;
                inFund = meaning is { } m && (FormLabels.IsFundLabel(m) || (inFund && m == LabelMeaning.BudgetCarryOver));
                if (inFund) CountFundColumn(meaning!.Value, state);
            }
            else if (!inFund && Decimals(text) is { } decimals) state.AmountDecimals = decimals;
            switch (kind)
            {
                case Piece.Value when inFund && SplitFundRows(text, line, result, state.FundAmountColumns == 2 ? state.AmountDecimals ?? MoneyDecimals : null):
                    break;
                case Piece.Label when inFund && IsFundHeadingPart(pieces[k]) && k + 1 < pieces.Count && IsFundHeadingPart(pieces[k + 1]):
                    // 项目预算资金来源构成项目资金来源上年度资金本年度资金: the fund table's heading is one row, as printed;
                    // a row per heading would have each heading start the table again with only its own column.
                    var heading = new List<string> { text };
                    while (k + 1 < pieces.Count && IsFundHeadingPart(pieces[k + 1]))
                    {
                        heading.Add(pieces[++k].Text);
                        FormLabels.Trie.TryMatchWhole(heading[^1], out var next, out _);
                        CountFundColumn(next, state);
                    }
                    result.Add(Row(line, [.. heading]));
                    break;
                case Piece.ReviewBox:
                    // The box and what it holds on one row, as a box reads.
                    var content = k + 1 < pieces.Count && pieces[k + 1].Kind == Piece.Value ? pieces[++k].Text : null;
                    result.Add(Row(line, content is null ? [text] : [text, content]));
                    break;
                case Piece.Column:
                    inTable |= IndicatorColumns.Trie.TryMatchWhole(text, out var column, out _) && IndicatorColumns.IsTreeColumn(column);
                    explanationColumn |= column is ColumnKind.ValueBasis or ColumnKind.Explanation;
                    if (column == ColumnKind.Name) state.AfterName = [];
                    else state.AfterName?.Add(column);
                    result.Add(Row(line, [text]));
                    break;
                case Piece.Value when inTable && k > 0 && pieces[k - 1].Kind == Piece.Level:
                    if (state.AfterName is { } afterName && GluedColumns.Applies(afterName)) GluedColumns.Split(text, afterName, line, result);
                    else SplitIndicators(text, explanationColumn, line, result);
                    break;
                default:
                    result.Add(Row(line, [text]));
                    break;
            }
        }
    }

    private static bool IsFundHeadingPart((Piece Kind, string Text) piece) =>
        piece.Kind == Piece.Label && FormLabels.Trie.TryMatchWhole(piece.Text, out var meaning, out _)
        && meaning is LabelMeaning.FundHeading or LabelMeaning.FundNameColumn or LabelMeaning.FundPriorYearColumn
            or LabelMeaning.FundCurrentYearColumn or LabelMeaning.FundAmountColumn;

    // The fund table's heading resets the count; each amount column's heading adds one.
    private static void CountFundColumn(LabelMeaning meaning, EmitState state)
    {
        if (meaning == LabelMeaning.FundHeading) state.FundAmountColumns = 0;
        else if (meaning is LabelMeaning.FundPriorYearColumn or LabelMeaning.FundCurrentYearColumn or LabelMeaning.FundAmountColumn) state.FundAmountColumns++;
    }

    // Amounts in 万元 or 元 are printed to the hundredth (分, or 百元) unless the form shows otherwise.
    private const int MoneyDecimals = 2;

    /// The decimals of a value that is an amount and nothing else ("13857.29" → 2), or null.
    private static int? Decimals(string text)
    {
        var point = text.IndexOf('.');
        return point > 0 && point < text.Length - 1 && FormValues.LooksLikeAmount(text) && !text.AsSpan(point + 1).ContainsAnyExceptInRange('0', '9')
            ? text.Length - point - 1 : null;
    }

    /// "96.00其中：财政拨款96.00其他资金0.00" after 年度资金总额: the total's amount, then each source with its amount,
    /// a row each. False (nothing added) when the text is not made of amounts and the names before them.
    /// With <paramref name="pairDecimals"/>, the table has two amount columns and an amount holding two run together
    /// is cut in two (GluedAmounts).
    internal static bool SplitFundRows(string text, int line, List<SourceRow> result, int? pairDecimals = null)
    {
        var rows = new List<SourceRow>();
        var position = 0;
        foreach (Match amount in FundAmount().Matches(text))
        {
            // "资金总额 300万元，其中：本年申请 250万元，上年结转 50万元": the comma after an amount ends its row.
            var name = text[position..amount.Index].Trim().TrimStart(RowSeparators).TrimStart();
            if (name.Length == 0 && position > 0) return false;
            string[] amounts = pairDecimals is { } decimals && GluedAmounts.Split(amount.Value, decimals) is var (first, second) ? [first, second] : [amount.Value];
            rows.Add(Row(line, name.Length == 0 ? amounts : [name, .. amounts]));
            position = amount.Index + amount.Length;
        }
        if (rows.Count == 0 || position < text.Length) return false;
        result.AddRange(rows);
        return true;
    }

    private static readonly char[] RowSeparators = ['，', ',', '、', '；', ';'];

    // An amount, not a number inside a name: not part of a longer number, and not a year or date (2024年中央财政补助资金).
    // A decimal amount may be followed by anything ("96.50日常公用经费"); a whole number not by 年/月/日/号, nor by the
    // mark that makes it a row's numbering ("1、一般公共预算6.30", "(1)").
    [GeneratedRegex(@"(?<![\d.,])(?:\d[\d,]*\.\d+(?:万元|元)?(?![\d.,])|\d[\d,]*(?:万元|元)?(?![\d.,年月日号、)）]))", RegexOptions.CultureInvariant)]
    private static partial Regex FundAmount();

    /// "办公大楼日常维修维护次数反映办公大楼全年维修维护情况2280次大楼安检巡察次数…": each indicator ends with its value.
    private static void SplitIndicators(string text, bool explanationColumn, int line, List<SourceRow> result)
    {
        var position = 0;
        foreach (Match value in ValueToken().Matches(text))
        {
            Emit(text[position..value.Index], value.Value);
            position = value.Index + value.Length;
        }
        if (position < text.Length) Emit(text[position..], null);

        void Emit(string nameAndExplanation, string? target)
        {
            if (nameAndExplanation.Length == 0) return;
            // "农牧区群众就医可及性明显改善": a worded value run into the name, the indicator's last words.
            if (target is null && !explanationColumn && TrailingPhrase.Length(nameAndExplanation) is var phrase and > 0)
                (nameAndExplanation, target) = (nameAndExplanation[..^phrase], nameAndExplanation[^phrase..]);
            var split = explanationColumn ? nameAndExplanation.IndexOf("反映", StringComparison.Ordinal) : -1;
            result.Add(Row(line, [split > 0 ? nameAndExplanation[..split] : nameAndExplanation]));
            if (explanationColumn) result.Add(Row(line, split > 0 ? [nameAndExplanation[split..]] : []));
            result.Add(Row(line, target is null ? [] : [target]));
        }
    }

    internal static SourceRow Row(int line, string[] cells) => new()
    {
        Line = line,
        Layout = RowLayout.Pipes,
        Cells = [.. cells.Select((text, i) => new SourceCell(text, i))],
        Raw = string.Join(" | ", cells),
    };

    // A value at the end of an indicator: a deadline ("2024年12月31日前", "2024年底前", "2024.12.31前", "12月底到位"), or an optional
    // operator, a number and an optional unit, which may be per something ("1200元/生·年").
    [GeneratedRegex(@"\d{4}(?:年\d{1,2}月(?:\d{1,2}日)?|年(?:底|末)|[.\-/]\d{1,2}[.\-/]\d{1,2})(?:之?前|以前)?|\d{1,2}月(?:底|末)(?:之?前|以前|到位|完成)?|[<>≥≤=＞＜≧≦]?=?\d+(?:[.,]\d+)*(?:%|％|人次|万人|万元|元|个|项|次|人|天|日|个月|月|年|小时|台|套|件|份|家|辆|座|株|公里|米|平方米|亩|户|所|场|批|期|篇|本|册)?(?:/[^\d\s/]{1,3}(?:·[年月日天])?)?", RegexOptions.CultureInvariant)]
    private static partial Regex ValueToken();

    [GeneratedRegex(@"\.(?:docx?|xlsx?|pdf|wps|et)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();
}
