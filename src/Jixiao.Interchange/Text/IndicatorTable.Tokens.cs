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

    private static bool HoldsNumbers(ColumnKind kind) =>
        kind is ColumnKind.Weight or ColumnKind.LongTermTarget or ColumnKind.PriorYearValue or ColumnKind.Unit;

    private static bool IsDirectionOrOperator(string token) => DirectionOf(token) is not null || IsOperator(token) || IsKindWord(token);

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
