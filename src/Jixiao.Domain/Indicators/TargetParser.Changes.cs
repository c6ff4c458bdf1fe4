using static Jixiao.Domain.Indicators.TargetText;

namespace Jixiao.Domain.Indicators;

// Relative changes (相对变化): "提高0.05", "同比增长5%", "较上年提高3个百分点", "降低10%以上", "缩短2天", "新增就业100人".
public static partial class TargetParser
{
    /// Verbs of change, each two characters long.
    private static readonly (string Verb, TargetChange Change)[] ChangeVerbs =
    [
        ("提高", TargetChange.Increase), ("提升", TargetChange.Increase), ("增长", TargetChange.Increase),
        ("增加", TargetChange.Increase), ("上升", TargetChange.Increase), ("新增", TargetChange.Increase),
        ("扩大", TargetChange.Increase), ("降低", TargetChange.Decrease), ("下降", TargetChange.Decrease),
        ("减少", TargetChange.Decrease), ("缩短", TargetChange.Decrease), ("缩减", TargetChange.Decrease),
        ("压缩", TargetChange.Decrease), ("减低", TargetChange.Decrease),
    ];

    // Words that name the base before the verb without 较/比: 同比 (on the same period last year), 环比, 年均.
    private static readonly string[] BaseWords = ["同比", "环比", "年均", "平均"];

    // How far after 较/比 the verb may come: "较上年", "比上年同期", "较2023年", "较项目实施前".
    private const int MaxBaseLength = 10;

    // How long the object between the verb and the number may be: "新增就业100人", "增加农民收入500元".
    private const int MaxObjectLength = 6;

    /// "提高5%", "同比增长10%以上", "降低2个百分点": a change by a stated amount is a quantity with
    /// <see cref="QuantityTarget.Change"/> set (the base stays in the text). "提高到95%", "降低至5%" name the level
    /// reached instead: that is the level, ≥95% and ≤5%.
    private static QuantityTarget? TryChange(ReadOnlySpan<char> s, string trimmed)
    {
        if (s.Length < 3 || s[0] is not ('提' or '增' or '上' or '新' or '扩' or '降' or '下' or '减' or '缩' or '压' or '较' or '比' or '同' or '环' or '年' or '平'))
            return null;
        var i = 0;
        foreach (var word in BaseWords)
            if (TryConsume(s, ref i, word)) break;
        var change = i < s.Length ? ChangeAt(s, i) : TargetChange.None;
        if (change == TargetChange.None && i == 0 && s[0] is '较' or '比')
            for (var j = 2; j <= MaxBaseLength && j + 2 < s.Length && change == TargetChange.None; j++)
                if ((change = ChangeAt(s, j)) != TargetChange.None) i = j;
        if (change == TargetChange.None) return null;
        var rest = s[(i + 2)..];
        if (rest.IsEmpty) return null;

        if (rest[0] is '至' or '到' && !rest.StartsWith("到位"))
        {
            // the level reached: "提高到95%" is ≥95%, "降低至5%以下" ≤5%
            if (!TryQuantity(rest[1..], out var level) || level.Operator == Comparison.Between) return null;
            if (level.Operator == Comparison.Equal) level.Operator = change == TargetChange.Increase ? Comparison.AtLeast : Comparison.AtMost;
            return FromQuantity(level, trimmed);
        }
        if (!TryQuantity(rest, out var q) && !TryQuantity(AfterObject(rest), out q)) return null;
        if (q.Value < 0) return null;                          // "降低-5%" says nothing a reader can trust
        q.Change = change;
        return FromQuantity(q, trimmed);
    }

    /// The words end with a verb of change ("同比增长", "较上年提高"): before a number they state the change itself,
    /// where other words ("提升改造公厕" before "42座") name what is counted.
    public static bool EndsWithChangeVerb(ReadOnlySpan<char> words) => words.Length >= 2 && ChangeAt(words, words.Length - 2) != TargetChange.None;

    private static TargetChange ChangeAt(ReadOnlySpan<char> s, int i)
    {
        if (i + 1 >= s.Length) return TargetChange.None;
        foreach (var (verb, change) in ChangeVerbs)
            if (s[i] == verb[0] && s[i + 1] == verb[1]) return change;
        return TargetChange.None;
    }

    /// What follows a short object of Chinese words ("就业100人" → "100人"), or empty when there is none.
    private static ReadOnlySpan<char> AfterObject(ReadOnlySpan<char> rest)
    {
        var k = 0;
        while (k < rest.Length && k <= MaxObjectLength && rest[k] is >= '\u4E00' and <= '\u9FFF') k++;
        return k is > 0 and <= MaxObjectLength && k < rest.Length && char.IsAsciiDigit(rest[k]) ? rest[k..] : default;
    }
}
