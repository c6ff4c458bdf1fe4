using System.Globalization;

namespace Jixiao.Interchange.Text;

/// Space-separated rows under a heading with columns beside the value (指标性质 指标方向 目标值 计量单位 分值, 乌海):
/// empty cells leave no trace in that style, so each token after the name goes to the next column that can hold it.
internal sealed partial class IndicatorTable
{
    /// Splits "宣传活动场次 正向 ≥ 40 场 8" into the name and its columns. The name ends at the first direction or
    /// operator token; without one (or without such a column) the row is read as a name and a value (false).
    private bool TrySplitTokens(ReadOnlySpan<SourceCell> rest, string?[] values, int line, out string name)
    {
        name = "";
        if (header.IndexOf(ColumnKind.Direction) < 0 && header.IndexOf(ColumnKind.Operator) < 0) return false;
        var nameEnd = 1;
        while (nameEnd < rest.Length && !IsDirectionOrOperator(rest[nameEnd].Text)) nameEnd++;
        if (nameEnd >= rest.Length) return false;

        var column = header.NameIndex + 1;
        for (var k = nameEnd; k < rest.Length; k++)
        {
            var token = rest[k].Text;
            while (column < values.Length && !Holds(header.Columns[column], token, k == rest.Length - 1, values)) column++;
            if (column >= values.Length)
            {
                draft.Unplaced(Locations.Indicator(draft.Indicators.Count), token, line);
                continue;
            }
            values[column++] = token;
        }
        name = JoinTokens(rest[..nameEnd]);
        return true;
    }

    /// A space-separated row under a heading with columns beside the value (指标解释 指标值 评分标准 分值, 分值 指标值
    /// 指标值说明, 中期指标值 年度指标值): one token per column after the name, in order. Taken when the row has a token
    /// for every column, or fewer whose empty cells were the last ones: the token that lands under 指标值 reads as a
    /// value and none before it does, but in a column of numbers (分值). Otherwise the row is a name and a value, as
    /// before; a two-token row always is.
    private bool TryFillColumnsInOrder(ReadOnlySpan<SourceCell> rest, string?[] values)
    {
        var cells = rest.Length - 1;
        var target = header.IndexOf(ColumnKind.Target) - header.NameIndex;
        if (cells < 2 || cells > header.ColumnsAfterName || target < 1 || target > cells) return false;
        if (cells < header.ColumnsAfterName)
        {
            if (!TargetLooks.IsValueLike(rest[target].Text)) return false;
            for (var k = 1; k < target; k++)
                if (!HoldsNumbers(header.Columns[header.NameIndex + k]) && TargetLooks.IsValueLike(rest[k].Text)) return false;
        }
        for (var k = 1; k <= cells; k++)
        {
            var column = header.NameIndex + k;
            values[column] = IsValueColumn(header.Columns[column]) ? rest[k].Raw : rest[k].Text;
        }
        return true;
    }

    /// A space-separated row with an empty cell before or after its value ("推广主推技术数量 ≥20项 每少1项扣1分 10" with no
    /// 指标解释): the first token that reads as a value and leaves room for the tokens after it goes under 指标值; the
    /// tokens before it fill the columns before 指标值 in order (the missing ones are the last), the tokens after it the
    /// columns after, and a number printed last goes under 分值 when that is the last column. Taken only when no token
    /// after the value is a number or a signed value outside a column of numbers, and a 分值 cell is a number.
    private bool TryFillAroundValue(ReadOnlySpan<SourceCell> rest, string?[] values)
    {
        var cells = rest.Length - 1;
        var target = header.IndexOf(ColumnKind.Target) - header.NameIndex;
        var after = header.ColumnsAfterName - target;
        if (cells < 2 || cells >= header.ColumnsAfterName || target < 1) return false;
        for (var v = Math.Max(1, cells - after); v <= Math.Min(cells, target); v++)
        {
            if (!TargetLooks.IsValueLike(rest[v].Text) || !PlaceAroundValue(rest, v, target, values, write: false)) continue;
            PlaceAroundValue(rest, v, target, values, write: true);
            return true;
        }
        return false;
    }

    private bool PlaceAroundValue(ReadOnlySpan<SourceCell> rest, int v, int target, string?[] values, bool write)
    {
        var cells = rest.Length - 1;
        for (var k = 1; k <= cells; k++)
        {
            var column = k < v ? header.NameIndex + k : header.NameIndex + target + (k - v);
            if (k > v && k == cells && header.Columns[^1] == ColumnKind.Weight && IsBareNumber(rest[k].Text)) column = values.Length - 1;
            var kind = header.Columns[column];
            // Before the value no token reads as one; after it none is a number or a signed value ("每少1项扣1分" is a
            // scoring rule, "≥90%" would say the value was chosen too early).
            var text = rest[k].Text;
            if (k < v && !HoldsNumbers(kind) && TargetLooks.IsValueLike(text)) return false;
            if (k > v && !HoldsNumbers(kind) && (StartsLikeANumber(text) || TargetStartsWithOperator(text))) return false;
            if (kind == ColumnKind.Weight && !IsBareNumber(rest[k].Text.TrimEnd('分'))) return false;
            if (write) values[column] = IsValueColumn(kind) ? rest[k].Raw : rest[k].Text;
        }
        return true;
    }

    private static bool HoldsNumbers(ColumnKind kind) =>
        kind is ColumnKind.Weight or ColumnKind.LongTermTarget or ColumnKind.PriorYearValue or ColumnKind.Unit;

    /// What a 指标方向 / 指标性质 cell holds: a direction (正向指标), a sign (≥, 不低于) or a kind (定性).
    internal static bool IsDirectionOrOperator(string token) => DirectionOf(token) is not null || IsOperator(token) || IsKindWord(token);

    /// Whether a column can hold the token. 指标性质 and 指标方向 are swapped on some forms, so either takes either
    /// (Build sorts them by content). A unit is no bare number, except the Excel date serial that the 计量单位 cell
    /// repeats after the 目标值 cell ("= 45,382 45,382 6"); a number after the value with no unit is the weight, as is
    /// the last token ("= 6 6": the unit cell was empty).
    private bool Holds(ColumnKind kind, string token, bool isLast, string?[] values) => kind switch
    {
        ColumnKind.Direction or ColumnKind.Operator => IsDirectionOrOperator(token),
        ColumnKind.Target or ColumnKind.LongTermTarget => !IsDirectionOrOperator(token),
        ColumnKind.Unit => !IsBareNumber(token) || (!isLast && header.IndexOf(ColumnKind.Target) is var target and >= 0 && token == values[target]),
        ColumnKind.Weight => decimal.TryParse(token.TrimEnd('%', '分'), NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        _ => true,
    };
}
