using System.Globalization;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Text;

/// The cells of a row, from the name on, made into an <see cref="Indicator"/>.
internal sealed partial class IndicatorTable
{
    private void ReadIndicator(ReadOnlySpan<SourceCell> rest, int line, CellMode mode)
    {
        var index = draft.Indicators.Count;
        var location = Locations.Indicator(index);
        var values = _values;
        Array.Clear(values);
        string name;
        if (mode == CellMode.Tokens && TrySplitTokens(rest, values, line, out var split))
            name = split;
        else if (mode == CellMode.Tokens && (TryFillColumnsInOrder(rest, values) || TryFillAroundValue(rest, values)))
        {
            name = ChineseText.Normalize(rest[0].Text);
            MoveWeightOutOfUnit(values);
        }
        else if (mode == CellMode.Tokens)
        {
            // Space-separated: the last token is the value when it reads like one (or is short), the rest the name.
            // Two tokens are a name and a value; of more, the last is the value when it reads like one.
            // A long-term table (总目标绩效指标 beside it, Hunan's cities) has its values under LongTermTarget.
            var last = rest[^1].Text;
            var valueColumn = header.IndexOf(ColumnKind.Target) is var target and >= 0 ? target : header.IndexOf(ColumnKind.LongTermTarget);
            if (rest.Length > 1 && valueColumn >= 0
                && (rest.Length == 2 || TargetLooks.IsValueLike(last) || last.Length <= 8 || ChineseText.HasAsciiDigit(last)))
            {
                values[valueColumn] = last;
                rest = rest[..^1];
            }
            name = JoinTokens(rest);
        }
        else
        {
            name = rest[0].Text;
            var lastColumn = header.NameIndex;
            // A `|` row whose cells from the name on span no more than the heading's columns keeps its empty cells'
            // places, as a tab row does ("| 按时 |  | 发放记录 |": the empty unit stays empty); a longer one (merged
            // cells, padding) fills the columns in order.
            var byPosition = mode == CellMode.Positional
                || (mode == CellMode.Sequential && rest[^1].Column - rest[0].Column <= header.ColumnsAfterName);
            for (var k = 1; k < rest.Length; k++)
            {
                var column = byPosition
                    ? header.ColumnAt(header.Positions[header.NameIndex] + rest[k].Column - rest[0].Column)
                    : header.NameIndex + k;
                // A tab too many or too few (extraction slips): the cell takes the next free column instead.
                if (column <= lastColumn || column >= values.Length || values[column] is not null)
                    column = Array.FindIndex(values, lastColumn + 1, v => v is null);
                if (column < 0)
                {
                    draft.Unplaced(location, rest[k].Text, line);
                    continue;
                }
                values[column] = IsValueColumn(header.Columns[column]) ? rest[k].Raw : rest[k].Text;
                lastColumn = column;
            }
            MoveValueOutOfSignColumn(values);
            MoveWeightOutOfUnit(values);
        }

        var indicator = Build(name, values, location, line);
        // A form with a long-term table beside the annual one lists an indicator in both: one indicator with both values.
        if (header.IsLongTermTable)
        {
            draft.Recognised++;
            var annual = IndexOfSamePlace(draft.Indicators, indicator, withoutLongTerm: true);
            if (annual >= 0) draft.Indicators[annual] = draft.Indicators[annual] with { LongTermTarget = indicator.LongTermTarget };
            else draft.LongTermOnly.Add((indicator, line));
            return;
        }
        if (draft.LongTermOnly.Count > 0 && indicator.LongTermTarget is null
            && LongTermRowOf(indicator) is var longTerm and >= 0)
        {
            indicator = indicator with { LongTermTarget = draft.LongTermOnly[longTerm].Indicator.LongTermTarget };
            draft.LongTermOnly.RemoveAt(longTerm);
        }
        draft.Sources.Add(location, new SourceRef(line));
        draft.Indicators.Add(indicator);
        draft.Recognised++;
        if (_pendingLevel is not null) _underPendingLevel.Add(index);
    }

    /// 指标方向 | 指标值 | 计量单位 | 分值 with the empty sign cell dropped by the extraction ("培训完成时间 |
    /// 2025年10月31日前 | 10 | 未按期完成不得分", "基层治理能力提升 | 明显提升 | 20"): the sign column holds no sign but a
    /// value, or the value column a bare number that is the score, so the cells from the sign column on belong one
    /// column right. A worded value has no unit either; <see cref="MoveWeightOutOfUnit"/> then moves the score on.
    /// Moved only when nothing falls off the row's end.
    private void MoveValueOutOfSignColumn(string?[] values)
    {
        var target = header.IndexOf(ColumnKind.Target);
        if (target < 1 || values[^1] is not null || header.Columns[target - 1] is not (ColumnKind.Operator or ColumnKind.Direction)
            || values[target - 1] is not { } text || IsDirectionOrOperator(text))
            return;
        if (!TargetLooks.IsValueLike(text) && !(values[target] is { } next && IsBareNumber(next))) return;
        for (var k = values.Length - 1; k >= target; k--) values[k] = values[k - 1];
        values[target - 1] = null;
    }

    /// 指标值 | 计量单位 | 分值 with the empty unit cell dropped by the extraction ("培训完成时间 | 2025年10月31日前 | 10 |
    /// 未按期完成不得分"): a bare number under 计量单位 is no unit, it is the weight, and the cells from it on belong that
    /// many columns right. Moved only when nothing falls off the row's end.
    private void MoveWeightOutOfUnit(string?[] values)
    {
        var unit = header.IndexOf(ColumnKind.Unit);
        var weight = header.IndexOf(ColumnKind.Weight);
        if (unit < 0 || weight <= unit || values[unit] is not { } text || !IsBareNumber(text)) return;
        // An Excel date serial printed under both 计量单位 and 目标值 (乌海) is Build's to drop.
        if (header.IndexOf(ColumnKind.Target) is var target and >= 0 && values[target] == text) return;
        var shift = weight - unit;
        for (var k = values.Length - shift; k < values.Length; k++)
            if (values[k] is not null) return;
        for (var k = values.Length - 1; k >= weight; k--) values[k] = values[k - shift];
        for (var k = unit; k < weight; k++) values[k] = null;
    }

    // A table repeats its values ("100%" on row after row) and a target value is immutable: the reader reads a text
    // once for the table, and again only where the row's context (level 2, name) can change what it says.
    private readonly TargetReader _targets = new();

    private TargetValue ParseTarget(string? text, TargetContext context) => _targets.Parse(text, context);

    // Loops, not FindIndex with a lambda: a lambda capturing the row's indicator made a closure for every row read.
    private static int IndexOfSamePlace(List<Indicator> indicators, Indicator row, bool withoutLongTerm)
    {
        for (var i = 0; i < indicators.Count; i++)
            if ((!withoutLongTerm || indicators[i].LongTermTarget is null) && SamePlace(indicators[i], row)) return i;
        return -1;
    }

    private int LongTermRowOf(Indicator row)
    {
        for (var i = 0; i < draft.LongTermOnly.Count; i++)
            if (SamePlace(draft.LongTermOnly[i].Indicator, row)) return i;
        return -1;
    }

    private static bool SamePlace(Indicator a, Indicator b) => a.Name == b.Name && a.Level1 == b.Level1 && a.Level2 == b.Level2;

    // The columns of unknown headings whose cells have gone to the remark (said once per column).
    private bool[]? _keptInRemark;

    /// A column whose cells the indicator has no member for but that the table names: 上年度实际水平, and a second
    /// column of a kind already read (指标属性 定量指标 after 指标性质 ≥), which only the first fills. They are kept in the
    /// remark under their heading, not dropped.
    private bool KeptWithItsHeading(int column) => header.Columns[column] switch
    {
        ColumnKind.PriorYearValue => true,
        ColumnKind.Unit or ColumnKind.Direction or ColumnKind.Operator or ColumnKind.Weight or ColumnKind.ValueBasis or ColumnKind.Explanation
            or ColumnKind.ScoringRule or ColumnKind.Remark => header.IndexOf(header.Columns[column]) != column,
        _ => false,
    };

    /// "指标1:安置小区物业费" (Anhui's template, 金寨) and "1.公益文化活动场次" / "（1）" / "①" (a city's spaced form):
    /// the numbering of the rows under a level, printed before the name the unit wrote; the name is what follows it, as a
    /// fund source's name is without its "2." (<see cref="Numbering"/>: "2022年…", "5G…", "1.5万…" are content, not
    /// numbering). A name that is only the numbering stays as printed. A ★ marking core indicators is not numbering:
    /// the model has no member for it, so it stays in the name (decision 0010).
    private static string WithoutPrintedNumber(string name)
    {
        if (name.Length > 1 && Numbering.Length(name) is > 0 and var numbered && numbered < name.Length) return name[numbered..];
        if (!name.StartsWith("指标", StringComparison.Ordinal)) return name;
        var end = 2;
        while (end < name.Length && char.IsAsciiDigit(name[end])) end++;
        if (end == 2 || end + 1 >= name.Length || name[end] is not (':' or '：')) return name;
        return name[(end + 1)..].TrimStart();
    }

    private static bool IsValueColumn(ColumnKind kind) => kind is ColumnKind.Target or ColumnKind.LongTermTarget;

    private Indicator Build(string name, string?[] values, string location, int line)
    {
        name = WithoutPrintedNumber(name);
        string? Value(ColumnKind kind)
        {
            var i = header.IndexOf(kind);
            return i >= 0 ? values[i] : null;
        }

        var unit = Value(ColumnKind.Unit);
        // An Excel date serial printed in the 计量单位 cell as well as in the 目标值 cell ("45,382 | 45,382", 乌海): no unit,
        // and "45,38245,382" would hide the date.
        if (unit is not null && IsBareNumber(unit) && unit == Value(ColumnKind.Target)) unit = null;
        var op = Value(ColumnKind.Operator);
        var directionText = Value(ColumnKind.Direction);
        var remark = Value(ColumnKind.Remark);
        // Columns we do not know: an operator is an operator whatever its heading says; anything else is kept in the remark.
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } other) continue;
            if (KeptWithItsHeading(i))
            {
                remark = remark is null ? $"{header.Printed[i]}：{other}" : $"{remark}；{header.Printed[i]}：{other}";
                continue;
            }
            if (header.Columns[i] != ColumnKind.Other) continue;
            if (op is null && IsOperator(other)) op = other;
            else if (!IsKindWord(other))
            {
                remark = remark is null ? $"{header.Printed[i]}：{other}" : $"{remark}；{header.Printed[i]}：{other}";
                _keptInRemark ??= new bool[values.Length];
                if (!_keptInRemark[i]) draft.Findings.Add(ReaderFindings.KeptInRemark(header.Printed[i], line));
                _keptInRemark[i] = true;
            }
        }
        if (op is not null && IsKindWord(op)) op = null;
        if (directionText is not null && IsKindWord(directionText)) directionText = null;
        // Forms swap 指标性质 and 指标方向: a cell's content says which it is.
        if (op is not null && DirectionOf(op) is not null && (directionText is null || IsOperator(directionText))) (op, directionText) = (directionText, op);
        else if (op is null && directionText is not null && IsOperator(directionText)) (op, directionText) = (directionText, null);
        IndicatorDirection? direction = null;
        if (directionText is not null)
        {
            direction = DirectionOf(directionText);
            if (direction is null) draft.Unplaced(location, directionText, line);
        }

        decimal? weight = null;
        if (Value(ColumnKind.Weight) is { } weightText)
        {
            if (decimal.TryParse(weightText.TrimEnd('%', '分'), NumberStyles.Number, CultureInfo.InvariantCulture, out var w)) weight = w;
            else draft.Unplaced(location, weightText, line);
        }

        var secondName = Value(ColumnKind.SecondName);
        if (secondName is not null && secondName != name)
        {
            if (name.Length == 0) name = secondName;
            else draft.Unplaced(location, secondName, line);
        }
        var secondLevel2 = Value(ColumnKind.SecondLevel2);
        if (secondLevel2 is not null && IndicatorTaxonomy.CanonicalLevel2(secondLevel2) is { } canonical && _level2 is not null && canonical != _level2)
            draft.Unplaced(location, secondLevel2, line);

        var explanation = Value(ColumnKind.Explanation);
        if (header.TargetsCarryNames) (name, explanation) = NameFromDescription(name, values, explanation);

        var level2 = _level2 ?? ImpliedLevel2();
        var context = new TargetContext(level2, name);
        var targetText = Compose(Value(ColumnKind.Target) ?? SharedRegionTarget(values), op, unit);
        var longTermText = Compose(Value(ColumnKind.LongTermTarget), op, unit);
        var target = ParseTarget(targetText, context);
        var valueBasis = Value(ColumnKind.ValueBasis);
        var scoringRule = Value(ColumnKind.ScoringRule);
        // Most tables have no column beside the value: their indicators leave the other members at their defaults
        // rather than storing a null into each (a store of a reference costs a write barrier).
        if (longTermText is null && unit is null && direction is null && op is null && weight is null && valueBasis is null && explanation is null
            && scoringRule is null && remark is null)
            return new Indicator { Level1 = _level1 ?? "", Level2 = level2, Name = name, Target = target };
        return new Indicator
        {
            Level1 = _level1 ?? "",
            Level2 = level2,
            Name = name,
            Target = target,
            LongTermTarget = longTermText is null ? null : TargetValue.Parse(longTermText, context),
            Unit = unit,
            Direction = direction,
            Operator = op,
            Weight = weight,
            ValueBasis = valueBasis,
            Explanation = explanation,
            ScoringRule = scoringRule,
            Remark = remark,
        };
    }

    /// 区域目标值 split into a column per region (Fujian's transfer forms, <see cref="IndicatorHeader"/>) with no 指标值
    /// column: when every region has the same value, that is the project's target (≥95% in each region is ≥95%).
    /// Values that differ are only kept in the remark: no one of them is the project's, and the row reports its missing
    /// value.
    private string? SharedRegionTarget(string?[] values)
    {
        if (header.IndexOf(ColumnKind.Target) >= 0) return null;
        string? shared = null;
        var regions = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (header.Columns[i] != ColumnKind.Other || !IsRegionTargetHeading(header.Printed[i])) continue;
            if (values[i] is not { } value || (shared is not null && value != shared)) return null;
            shared = value;
            regions++;
        }
        return regions >= 2 ? shared : null;
    }

    // "区域目标值（新罗区）": a target heading with the region it was split into.
    private static bool IsRegionTargetHeading(string printed)
    {
        var open = printed.IndexOf('（');
        if (open <= 0 || !printed.EndsWith('）')) return false;
        var heading = printed.AsSpan(0, open);
        return heading.EndsWith("目标值", StringComparison.Ordinal) || heading.EndsWith("指标值", StringComparison.Ordinal);
    }

    /// The level 2 of a row in a table that prints none (its 二级指标 column holds the names, or it has no such column):
    /// only the one a level 1 allows, 服务对象满意度指标 under 满意度指标, which the form's level 1 says already. Any
    /// other would be a guess from the name, and stays empty (decision 0010); the checker reports the table's missing
    /// level 2s once.
    private string ImpliedLevel2() =>
        _level1 == IndicatorTaxonomy.Satisfaction && header.IndexOf(ColumnKind.Level2) < 0 ? IndicatorTaxonomy.ServiceSatisfaction : "";

    // The 绩效目标内容 cell of the last row of a description table, which a merged cell spans to the rows below it.
    private string? _describedContent;

    /// The name cell a description stands beside when 绩效目标内容 is merged over its row (the row holds only the
    /// description, under the value column, right of the name column): the content of the row above, placed in the name
    /// column. Null for any other row, and for tables whose value cells do not carry their names (a lone cell there is a
    /// name or a wrapped value).
    private SourceCell? UnderMergedContent(SourceCell cell, CellMode mode) =>
        header.TargetsCarryNames && mode is CellMode.Positional or CellMode.Sequential && _describedContent is { } content
        && header.NameIndex >= 0 && cell.Column > header.Positions[header.NameIndex]
            ? new SourceCell(content, header.Positions[header.NameIndex])
            : null;

    /// A description cell that writes the indicator out ("车辆完好率≥95%") gives the name and leaves the value; the name
    /// column's text then says what the indicator measures, and is kept as its explanation. A cell with no name of its
    /// own ("2025年12月31日前", "减少道路养护支出") is the value of what the name column names.
    private (string Name, string? Explanation) NameFromDescription(string name, string?[] values, string? explanation)
    {
        _describedContent = name.Length > 0 ? name : null;
        var target = header.IndexOf(ColumnKind.Target);
        if (values[target] is not { } text || !DescribedIndicator.TrySplit(text, out var own, out var value)) return (name, explanation);
        values[target] = value;
        if (name.Length == 0) return (own, explanation);
        return (own, explanation is null ? name : $"{name}；{explanation}");
    }

    /// The value as the parser needs it: a bare number takes the unit and operator of their own columns
    /// ("95" with "≥" and "%" → "≥95%"), so the value keeps its meaning apart from the table. A number after its own
    /// sign takes the unit too ("≥1200" with 人次 → "≥1200人次").
    private static string? Compose(string? value, string? op, string? unit)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (!string.IsNullOrEmpty(unit) && IsBareNumber(value.AsSpan().TrimStart(SignCharacters))) value += unit;
        // An operator goes before a number or a date; before a word ("= | 建立", 乌海) it says nothing, and "=建立" is
        // no value the parser knows.
        if (!string.IsNullOrEmpty(op) && IsOperator(op) && !TargetStartsWithOperator(value) && StartsLikeANumber(value)) value = op + value;
        return value;
    }

    private const string SignCharacters = "≥≤=><＞＜＝≧≦";

    private static bool StartsLikeANumber(string value) => char.IsDigit(value[0]) || value[0] is '.' or '-' or '+';

    private static bool IsBareNumber(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !char.IsAsciiDigit(text[0])) return false;
        foreach (var c in text)
            if (!(char.IsAsciiDigit(c) || c is '.' or ',')) return false;
        return true;
    }

    private static bool IsOperator(string text) =>
        text is "≥" or "≤" or "=" or ">" or "<" or ">=" or "<=" or "＞" or "＜" or "＝" or "≧" or "≦" or "＞＝" or "＜＝" or "大于" or "小于" or "等于"
            or "大于等于" or "小于等于" or "不低于" or "不高于" or "不少于" or "不超过";

    private static bool TargetStartsWithOperator(string value) => value[0] is '≥' or '≤' or '=' or '>' or '<' or '＞' or '＜' or '＝' or '≧' or '≦'
        || value.StartsWith("不低于", StringComparison.Ordinal) || value.StartsWith("不少于", StringComparison.Ordinal)
        || value.StartsWith("不高于", StringComparison.Ordinal) || value.StartsWith("不超过", StringComparison.Ordinal);

    /// 定性 / 定量 in the operator or nature column: whether the indicator is a number, which its value already says.
    private static bool IsKindWord(string text) => text is "定性" or "定量" or "定性指标" or "定量指标";

    private static IndicatorDirection? DirectionOf(string text) =>
        text.StartsWith("正向", StringComparison.Ordinal) ? IndicatorDirection.Positive
        : text.StartsWith("反向", StringComparison.Ordinal) || text.StartsWith("逆向", StringComparison.Ordinal) ? IndicatorDirection.Reverse
        : null;

    private static string JoinTokens(ReadOnlySpan<SourceCell> tokens)
    {
        if (tokens.Length == 1) return ChineseText.Normalize(tokens[0].Text);
        var joined = SourceCell.JoinTexts(tokens, " ");
        return ChineseText.Normalize(joined);
    }
}
