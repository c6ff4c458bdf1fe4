using System.Collections.Concurrent;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Text;

/// What a cell in the level columns of the indicator table can be.
internal enum LevelRole
{
    /// Not a level name: the indicator's own name, a value, or an unknown level name.
    None,
    Level1,
    Level2,

    /// A name that is a level 1 or a level 2 depending on the table (成本指标 in 88号 vs 101号; 满意度指标).
    Either,

    /// The rest of a level name split over two rows ("质量" / "指标"): nothing of its own.
    Fragment,

    /// 绩效指标: the merged cell beside the whole table.
    RowHeader,
}

// Groups: a level 1 that holds level 2s of other level 1s too (上海's 效果目标, 影响力目标: IndicatorTaxonomy.GroupsLevel1s).
// A level 2 carries its level 1 only when the cell printed both (Pair).
internal readonly record struct LevelLabel(LevelRole Role, string? Level1, string? Level2, bool Groups = false)
{
    public static readonly LevelLabel NotALevel = new(LevelRole.None, null, null);

    /// Classifies a cell by its text through <see cref="IndicatorTaxonomy"/>; cheap for the many cells that cannot be
    /// level names (long ones, ones with digits).
    public static LevelLabel Of(string text)
    {
        if (text.Length == 0 || (text.Length > 30 && !BracketsAnExplanation(text))) return NotALevel;
        // "一、产出指标", "（二）效益指标", "1.数量指标": the numbering says nothing about the level.
        if (Numbering.Length(text) is > 0 and var numbered && numbered < text.Length) text = text[numbered..];
        if (text is "指标" or "标" or "指" or "指 标") return new LevelLabel(LevelRole.Fragment, null, null);
        // 实施效果指标: the central budget-investment form (中央预算内投资计划绩效目标表, Tianjin) prints it in the 一级指标
        // column, merged over the whole table, and the level 1s (产出指标, 效益指标) in the 二级指标 column: a label over
        // the table like 绩效指标, not a level of any indicator.
        if (text is "绩效指标" or "绩效 指标" or "实施效果指标") return new LevelLabel(LevelRole.RowHeader, null, null);
        if (!IsCandidate(text)) return NotALevel;
        if (Known.TryGetValue(text, out var known)) return known;
        var label = Classify(text);
        // Level names and short indicator names repeat from form to form; the cache stops growing at its limit.
        if (Known.Count < KnownLimit) Known.TryAdd(text, label);
        return label;
    }

    private const int KnownLimit = 8192;

    /// 效益指标（经济效益、社会效益、环境效益、可持续影响等方面指标） (a city's 项目支出绩效目标申报表): a level name with the
    /// template's explanation in brackets right after it, however long. Only a look at the first characters.
    private static bool BracketsAnExplanation(string text) => text.AsSpan(0, 10).IndexOfAny('（', '(') is >= 2;

    private static readonly ConcurrentDictionary<string, LevelLabel> Known = new(StringComparer.Ordinal);

    private static LevelLabel Classify(string text)
    {
        var level1 = IndicatorTaxonomy.CanonicalLevel1(text);
        var level2 = IndicatorTaxonomy.CanonicalLevel2(text);
        return (level1, level2) switch
        {
            // 投入 (the 范本: 投入 | 时效目标, 成本目标 …) and 过程 (投入指标 | 过程指标 | 产出指标 … on a 财政支出绩效目标申报表
            // sheet): level 1s outside the taxonomy, read as printed so that the checker reports them (TAXONOMY) rather
            // than their rows being lost.
            (null, null) when text is "投入" or "投入指标" or "过程" or "过程指标" => new LevelLabel(LevelRole.Level1, text, null),
            (null, null) => Pair(text),
            (not null, null) => new LevelLabel(LevelRole.Level1, level1, null, IndicatorTaxonomy.GroupsLevel1s(text)),
            (null, not null) => new LevelLabel(LevelRole.Level2, null, level2),
            _ => new LevelLabel(LevelRole.Either, level1, level2),
        };
    }

    /// 效益-社会效益, 产出/数量: the level 1 and the level 2 printed in one cell, a dash or slash between them (a form
    /// whose one level column holds both). Asked only of cells that are no level name as a whole.
    private static LevelLabel Pair(string text)
    {
        var split = text.AsSpan().IndexOfAny(PairSeparators);
        if (split <= 0 || split == text.Length - 1) return NotALevel;
        var level1 = IndicatorTaxonomy.CanonicalLevel1(text[..split]);
        var level2 = level1 is null ? null : IndicatorTaxonomy.CanonicalLevel2(text[(split + 1)..]);
        return level2 is null ? NotALevel : new LevelLabel(LevelRole.Level2, level1, level2);
    }

    private const string PairSeparators = "-－—–/／";

    // Level names are short and carry no digits; most long ones end in 指标, 值 or a benefit or satisfaction word.
    // The filter keeps the taxonomy lookups (which allocate) off the indicator names.
    private static bool IsCandidate(string text)
    {
        // The words first: they rule out most indicator names with a look at the last character and one search.
        if (text.Length > 7 && !(EndsLikeALevel(text) || HasIndicatorWord(text)))
            return false;
        // "产出指标（50分）": a bracketed score after the name does not stop it being a level name. One loop rather than a
        // search for the bracket and another for a digit: the texts that get here are short.
        var stopAtBracket = text[0] is not ('(' or '（');
        foreach (var c in text)
        {
            if (stopAtBracket && c is '(' or '（') return true;
            if (char.IsAsciiDigit(c)) return false;
        }
        return true;
    }

    // Contains("指标") without the two-character search's set-up: 指 is rare in the names asked.
    private static bool HasIndicatorWord(string text)
    {
        for (var at = text.IndexOf('指'); at >= 0 && at < text.Length - 1; at = text.IndexOf('指', at + 1))
            if (text[at + 1] == '标') return true;
        return false;
    }

    // 值, 满意度, 效益, 影响, 控制, 成本, 目标 at the end; the last character picks the one word to compare.
    private static bool EndsLikeALevel(string text) => text[^1] switch
    {
        '值' => true,
        '度' => text.EndsWith("满意度", StringComparison.Ordinal),
        '益' => text.EndsWith("效益", StringComparison.Ordinal),
        '响' => text.EndsWith("影响", StringComparison.Ordinal),
        '制' => text.EndsWith("控制", StringComparison.Ordinal),
        '本' => text.EndsWith("成本", StringComparison.Ordinal),
        '标' => text.EndsWith("目标", StringComparison.Ordinal),
        _ => false,
    };
}
