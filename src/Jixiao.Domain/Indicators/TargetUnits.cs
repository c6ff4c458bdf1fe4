using System.Buffers;
using System.Collections.Frozen;

namespace Jixiao.Domain.Indicators;

/// The units (计量单位) seen on real forms (domain notes §4) and what they mean. Units are not a closed list: the
/// parser accepts any short run of unit-like characters after a number (<see cref="IsUnitLike"/>); the units listed
/// here are only the ones it can hand out without allocating a string, and the ones whose meaning matters.
public static class TargetUnits
{
    /// Units of time: a quantity in one of these is a duration. (Frozen: <see cref="QuantityTarget.Kind"/> asks it.)
    public static readonly IReadOnlySet<string> Time = new[]
    {
        "年", "个月", "月", "周", "个周", "星期", "个星期", "天", "日", "个工作日", "工作日", "个自然日", "自然日",
        "小时", "个小时", "分钟", "秒", "季度", "个季度",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Known = new[]
    {
        "%", "‰", "个百分点",
        "个", "项", "套", "次", "份", "家", "辆", "座", "株", "棵", "台", "件", "人", "人次", "户", "户次", "所", "名",
        "篇", "场", "批", "期", "册", "本", "张", "条", "处", "头", "只", "间", "栋", "层", "部", "门", "节", "课时",
        "学时", "家次", "分", "级", "类", "种", "支", "队", "村",
        "亩", "公顷", "平方米", "平方公里", "立方米", "吨", "公斤", "千克", "公里", "千米", "米", "M", "m", "km",
        "元", "元/人", "元/亩", "元/人·月", "元/生/年", "元/个", "元/平方米", "元/人/年", "元/月", "元/年", "元/次",
        "次/年", "人/年", "次/月", "次/周", "人次/年",
        "万人", "万人次", "万元", "亿元", "千元", "百万元", "万元/人", "万亩", "万平方米", "万立方米", "万吨", "万户",
        "万个", "万次", "万元/公里", "万元/个",
        "GB", "TB", "Mbps", "kW", "度", "千瓦时",
    }.Concat(Time).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// Units of money: a cost target in one of these is monetary (COST_MONETARY).
    public static bool IsMoney(string unit)
    {
        var bare = unit.AsSpan(MagnitudePrefixLength(unit));
        return bare is "元" || bare.StartsWith("元/", StringComparison.Ordinal);
    }

    public static bool IsTime(string unit) => Time.Contains(unit);

    /// One of the units seen on real forms (the list above).
    public static bool IsKnown(string unit) => Known.Contains(unit);

    /// The unit as the value keeps it: "百分比" is "%"; a known unit is shared, an unknown one is copied.
    internal static string Canonical(ReadOnlySpan<char> unit)
    {
        if (unit.Length == 1 && Common(unit[0]) is { } common) return common;
        if (unit.IsEmpty) return "";
        if (unit is "百分比") return "%";
        return KnownBySpan.TryGetValue(unit, out var known) ? known : unit.ToString();
    }

    // The most frequent units, without a lookup.
    private static string? Common(char unit) => unit switch
    {
        '%' => "%", '个' => "个", '项' => "项", '套' => "套", '次' => "次", '份' => "份", '家' => "家", '人' => "人",
        '元' => "元", '天' => "天", '日' => "日", '月' => "月", '年' => "年", '秒' => "秒", '台' => "台", '件' => "件",
        '户' => "户", '名' => "名", '条' => "条", '处' => "处", '亩' => "亩", '吨' => "吨", '米' => "米", '场' => "场",
        '批' => "批", '期' => "期", '座' => "座", '辆' => "辆", '株' => "株", '所' => "所", '篇' => "篇", '本' => "本",
        _ => null,
    };

    /// True when <paramref name="unit"/> can be the unit of a plain quantity: empty, "%", or a short run (at most
    /// eight characters, five of them Chinese) of Chinese characters, ASCII letters and the separators '/' and '·'
    /// ("个工作日", "元/人·月", "Mbps"), with at most a power digit at the end ("m2"). A longer phrase, or one with
    /// words that never occur in a unit (前, 给, 率 …), means the text is not a plain quantity
    /// ("1000元/人给补助对象兑付补助", "35家单位网络稳定", "7x24小时").
    internal static bool IsUnitLike(ReadOnlySpan<char> unit)
    {
        if (unit.IsEmpty || unit is "%" or "‰") return true;
        if (unit.Length > 8 || unit[0] is '/' or '·' || unit[^1] is '/' or '·') return false;
        var chinese = 0;
        for (var k = 0; k < unit.Length; k++)
        {
            var c = unit[k];
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                if (NeverInUnit.Contains(c)) return false;
                chinese++;
            }
            else if (c is '/' or '·')
            {
                if (unit[k - 1] is '/' or '·') return false;
            }
            else if (char.IsAsciiDigit(c))
            {
                if (k != unit.Length - 1 || !char.IsAsciiLetter(unit[k - 1])) return false;   // only m2, km2, m3
            }
            else if (!char.IsAsciiLetter(c) && c is not ('²' or '³' or '℃' or '°' or '㎡' or '㎥'))
            {
                return false;
            }
        }
        return chinese <= 5 && !char.IsAsciiDigit(unit[0]);
    }

    // Function words, verbs and the like: a "unit" containing one is really the start of a sentence.
    private static readonly SearchValues<char> NeverInUnit = SearchValues.Create("前后的和与及并给按于在是为以之到完达超不或等率内外上下约左右由对向从将被把使让其该此这那了着过共各全已未可能应须需要提增降减改");

    /// The value of a magnitude prefix on the unit ("万人" → 10000 and "人"; "1.2亿元" → 100000000 and "元"), or
    /// false when the unit has none. A prefix before 分 is not a magnitude (百分比, 千分比, 万分之), nor is 千 in
    /// the SI units 千米, 千克, 千瓦 (those are units in their own right).
    public static bool TrySplitMagnitude(string unit, out decimal factor, out string bareUnit)
    {
        factor = 1m;
        bareUnit = unit;
        var length = MagnitudePrefixLength(unit);
        if (length == 0) return false;
        foreach (var c in unit.AsSpan(0, length)) factor *= PrefixValue(c);
        bareUnit = Canonical(unit.AsSpan(length));
        return true;
    }

    private static int MagnitudePrefixLength(ReadOnlySpan<char> unit)
    {
        var k = 0;
        while (k < unit.Length && PrefixValue(unit[k]) > 1)
        {
            var rest = unit[k..];
            if (rest.StartsWith("千米", StringComparison.Ordinal) || rest.StartsWith("千克", StringComparison.Ordinal)
                || rest.StartsWith("千瓦", StringComparison.Ordinal) || rest.StartsWith("千伏", StringComparison.Ordinal)
                || rest.StartsWith("千帕", StringComparison.Ordinal) || rest.StartsWith("千兆", StringComparison.Ordinal))
                break;
            k++;
        }
        if (k < unit.Length && unit[k] == '分') return 0;
        return k;
    }

    private static long PrefixValue(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1_000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => 1,
    };
}
