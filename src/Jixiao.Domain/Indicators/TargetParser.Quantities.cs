using System.Buffers;
using System.Collections.Frozen;
using static Jixiao.Domain.Indicators.TargetText;

namespace Jixiao.Domain.Indicators;

// Quantities (定量): [operator] number unit [suffix], or a range "90%-95%", "90-95%", "3～5个".
public static partial class TargetParser
{
    private struct ReadQuantity
    {
        public Comparison Operator;
        public decimal Value;
        public decimal? Upper;
        public string Unit;
        public Magnitude? Normalized;
        public TargetChange Change;
    }

    /// An operator word before the number, longest first. A null operator is a word that only introduces the
    /// number (控制在3%以内, 约100人). 达到 ("to reach") is read as ≥: reaching the figure is what the target asks.
    private static readonly (string Word, Comparison? Operator)[] OperatorWords =
    [
        ("大于或等于", Comparison.AtLeast), ("小于或等于", Comparison.AtMost),
        ("大于等于", Comparison.AtLeast), ("小于等于", Comparison.AtMost),
        ("不低于", Comparison.AtLeast), ("不少于", Comparison.AtLeast), ("不小于", Comparison.AtLeast),
        ("不高于", Comparison.AtMost), ("不超过", Comparison.AtMost), ("不多于", Comparison.AtMost),
        ("不大于", Comparison.AtMost), ("不超出", Comparison.AtMost),
        ("保持在", null), ("控制在", null), ("维持在", null),
        ("达到", Comparison.AtLeast), ("至少", Comparison.AtLeast), ("最少", Comparison.AtLeast),
        ("至多", Comparison.AtMost), ("最多", Comparison.AtMost), ("不超", Comparison.AtMost),
        ("大于", Comparison.GreaterThan), ("高于", Comparison.GreaterThan), ("超过", Comparison.GreaterThan),
        ("多于", Comparison.GreaterThan), ("小于", Comparison.LessThan), ("低于", Comparison.LessThan),
        ("少于", Comparison.LessThan), ("等于", Comparison.Equal), ("大约", null),
        ("达", Comparison.AtLeast), ("约", null), ("为", null), ("在", null),
    ];

    /// Operator symbols after normalisation (＞＝ is already >=, ≧ is ≥), longest first. ± states a tolerance:
    /// "±3%以内" is "≤3%".
    private static readonly (string Symbol, Comparison Operator)[] OperatorSymbols =
    [
        (">=", Comparison.AtLeast), ("=>", Comparison.AtLeast), ("<=", Comparison.AtMost), ("=<", Comparison.AtMost),
        ("==", Comparison.Equal), ("≥", Comparison.AtLeast), ("≤", Comparison.AtMost), ("≮", Comparison.AtLeast),
        ("≯", Comparison.AtMost), (">", Comparison.GreaterThan), ("<", Comparison.LessThan), ("=", Comparison.Equal),
        ("±", Comparison.AtMost),
    ];

    private static readonly SearchValues<char> OperatorWordStarts = SearchValues.Create(string.Concat(OperatorWords.Select(w => w.Word[0])));
    private static readonly SearchValues<char> OperatorSymbolStarts = SearchValues.Create(string.Concat(OperatorSymbols.Select(w => w.Symbol[0])));

    /// Operator words after the unit, longest first: "95%以上", "3秒以内", "3个工作日内", "100人左右".
    private static readonly (string Word, Comparison Operator)[] SuffixWords =
    [
        ("及以上", Comparison.AtLeast), ("及以下", Comparison.AtMost), ("以上", Comparison.AtLeast),
        ("之上", Comparison.AtLeast), ("以下", Comparison.AtMost), ("以内", Comparison.AtMost),
        ("之内", Comparison.AtMost), ("左右", Comparison.Equal), ("内", Comparison.AtMost),
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PercentCompletions =
        new[] { "完成", "覆盖", "到位", "达标", "合格", "通过", "落实", "兑现", "发放", "拨付" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool TryQuantity(ReadOnlySpan<char> s, out ReadQuantity q)
    {
        q = default;
        if (s.Length > 3 && s[^1] == ')' && s.EndsWith("(含)", StringComparison.Ordinal)) s = s[..^3];   // "90%以上(含)": 以上 already includes it
        Comparison? suffix = null;
        if (s.Length > 1 && s[^1] is '上' or '下' or '内' or '右')
            foreach (var (word, op) in SuffixWords)
                if (s.EndsWith(word, StringComparison.Ordinal))
                {
                    suffix = op;
                    s = s[..^word.Length];
                    break;
                }
        if (suffix is not null && s.Length > 3 && s[^1] == ')' && s.EndsWith("(含)", StringComparison.Ordinal)) s = s[..^3];   // "90%(含)以上"

        var i = 0;
        var prefix = ReadPrefixOperator(s, ref i);
        var inWords = false;
        if (!TryReadSigned(s, ref i, out var lower))
        {
            if (i >= s.Length || !IsChineseNumberStart(s[i])) return false;
            // "百分之九十五", "百分之95": a percentage written out
            if (TryConsume(s, ref i, "百分之"))
                return (TryReadSigned(s, ref i, out lower) || TryReadChineseNumber(s, ref i, out lower)) && i == s.Length
                    && TryCombine(prefix, suffix, out q.Operator) && SetPercent(ref q, lower);
            if (!TryReadChineseNumber(s, ref i, out lower)) return false;
            inWords = true;
        }
        var unitStart = i;
        while (i < s.Length && !IsRangeSeparatorAt(s, i)) i++;
        var unit = s[unitStart..i];
        decimal? upper = null;
        if (i < s.Length)
        {
            i++;
            if (!TryReadSigned(s, ref i, out var high)) return false;
            var upperUnit = s[i..];
            // "90%-95%" and "90-95%" name the unit once or twice; "1万-2万人" shares the magnitude
            if (!unit.IsEmpty && !upperUnit.StartsWith(unit, StringComparison.Ordinal)) return false;
            if (prefix is not null && prefix != Comparison.Equal || suffix is not (null or Comparison.Equal) || high < lower) return false;
            upper = high;
            unit = upperUnit;
        }
        // "100%完成", "100%覆盖": the percentage is the target, the word only repeats the indicator
        if (unit.Length > 1 && unit[0] == '%' && PercentCompletions.Contains(unit[1..])) unit = unit[..1];
        if (!TargetUnits.IsUnitLike(unit)) return false;
        // A number in words needs a unit it is known to count ("三个月", "两次", "一万人"), so that "一般" or "一致" stay
        // words; and 月 or 季度 after it names a month or quarter ("三月", "一季度"), not a count of them.
        if (inWords && (upper is not null || unit is "月" or "季度" || !IsCountedUnit(unit))) return false;
        // "1-12月" is January to December of a year not written, not one to twelve months
        if (upper is not null && unit is "月") return false;

        if (!TryCombine(prefix, suffix, out var combined)) return false;
        q.Operator = upper is null ? combined : Comparison.Between;
        q.Value = lower;
        q.Upper = upper;
        q.Unit = TargetUnits.Canonical(unit);
        if (TargetUnits.TrySplitMagnitude(q.Unit, out var factor, out var bareUnit))
            q.Normalized = new Magnitude(lower * factor, bareUnit);
        return true;
    }

    private static bool IsChineseNumberStart(char c) => c is '一' or '二' or '两' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '半';

    /// A known unit, or a known unit per something ("次/季度" in "每季度一次").
    private static bool IsCountedUnit(ReadOnlySpan<char> unit)
    {
        var slash = unit.IndexOf('/');
        var counted = slash > 0 ? unit[..slash] : unit;
        return TargetUnits.IsKnown(TargetUnits.Canonical(counted));
    }

    private static bool SetPercent(ref ReadQuantity q, decimal value)
    {
        q.Value = value;
        q.Unit = "%";
        return true;
    }

    /// The operator of a quantity that is the whole of the normalised text <paramref name="s"/>
    /// (<see cref="IndicatorDirections"/> reads the quantity at the end of an indicator's name with it).
    internal static bool TryReadQuantity(ReadOnlySpan<char> s, out Comparison op)
    {
        var read = TryQuantity(s, out var q);
        op = q.Operator;
        return read;
    }

    /// The operator written before the number: a word, a symbol, or a neutral word and then a symbol ("控制在≤5%").
    /// Null when none is written (a neutral word alone, as in "控制在3%以内", leaves the choice to the suffix).
    private static Comparison? ReadPrefixOperator(ReadOnlySpan<char> s, ref int i)
    {
        if (i < s.Length && OperatorWordStarts.Contains(s[i]))
            foreach (var (word, op) in OperatorWords)
                if (TryConsume(s, ref i, word))
                {
                    if (op is not null) return op;
                    break;
                }
        if (i < s.Length && OperatorSymbolStarts.Contains(s[i]))
            foreach (var (symbol, op) in OperatorSymbols)
                if (TryConsume(s, ref i, symbol)) return op;
        return null;
    }

    private static bool TryReadSigned(ReadOnlySpan<char> s, ref int i, out decimal value)
    {
        var p = i;
        var negative = p + 1 < s.Length && s[p] == '-' && char.IsAsciiDigit(s[p + 1]);
        if (negative || (p + 1 < s.Length && s[p] == '+' && char.IsAsciiDigit(s[p + 1]))) p++;
        if (!TryReadNumber(s, ref p, out value)) return false;
        if (negative) value = -value;
        i = p;
        return true;
    }

    /// One operator from the one before the number and the one after the unit: they must not contradict each other
    /// ("≥95%以上" is ≥, "控制在3%以内" is ≤, "≥5%以下" cannot be read). 左右 ("about") adds nothing.
    private static bool TryCombine(Comparison? prefix, Comparison? suffix, out Comparison combined)
    {
        combined = prefix ?? suffix ?? Comparison.Equal;
        if (prefix is null || suffix is null || suffix == Comparison.Equal) return true;
        if (prefix == Comparison.Equal)
        {
            combined = suffix.Value;
            return true;
        }
        return Upward(prefix.Value) == Upward(suffix.Value);
    }

    private static bool Upward(Comparison op) => op is Comparison.AtLeast or Comparison.GreaterThan;
}
