using System.Buffers;
using System.Collections.Frozen;

namespace Jixiao.Domain.Indicators;

/// The words of qualitative targets (定性指标值): the grades (等级) a filer may write, and the vague phrases
/// (模糊表述: "进一步提高", "明显改善") that sound like a target but cannot be measured (VAGUE_VALUE).
public static class TargetPhrases
{
    /// Grade words: the review grades 优 良 中 差 and the short judgements forms use as a target ("达标", "及时", "有效").
    public static readonly FrozenSet<string> Grades = new[]
    {
        "优", "优秀", "良", "良好", "优良", "中", "中等", "差", "较差", "好", "较好", "很好", "一般",
        "达标", "合格", "高", "较高", "低", "较低", "及时", "按时", "准时", "有效", "显著", "长期", "满意",
        "是", "完成", "全部完成", "按时完成", "正常", "稳定", "安全", "准确", "规范", "完整", "符合", "通过", "达到",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GradesBySpan =
        Grades.GetAlternateLookup<ReadOnlySpan<char>>();

    // A phrase that ends in one of these only names a direction of change ("提升", "服务水平进一步提高").
    private static readonly string[] ChangeVerbs =
    [
        "提高", "提升", "改善", "增强", "加强", "增加", "增长", "扩大", "降低", "减少", "下降", "改进", "好转",
        "上升", "缩短", "缩小", "加快", "递增", "递减", "优化",
    ];

    // … and these do when an adverb of degree comes first ("不断完善", "有效促进"); alone they may name a state.
    private static readonly string[] SoftVerbs = ["完善", "规范", "推进", "促进", "发展", "巩固"];

    // Adverbs of degree that make a change vague: 进一步, 明显, 有效, 稳步, 持续, 逐步, 不断, 显著, 有所 …
    private static readonly string[] DegreeAdverbs =
    [
        "进一步", "明显", "有效", "稳步", "持续", "逐步", "不断", "显著", "有所", "大幅度", "大幅", "较大", "得到", "得以",
        "切实", "全面", "大力", "积极", "日益", "逐年", "一定程度", "一定", "较大幅度", "普遍", "进一步地",
    ];

    /// The grade <paramref name="phrase"/> names ("优", "达标"), as a shared string, or false for any other phrase.
    internal static bool TryGrade(ReadOnlySpan<char> phrase, out string grade) => GradesBySpan.TryGetValue(phrase, out grade!);

    // The verbs are all two characters long, so "ends in a change verb" is one set lookup.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangeVerbSet =
        ChangeVerbs.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly TargetWordSearch AnyVerb = new([.. ChangeVerbs, .. SoftVerbs]);
    private static readonly SearchValues<char> AdverbEnds = SearchValues.Create(string.Concat(DegreeAdverbs.Select(a => a[^1])));

    /// True for a phrase that states a direction of change or an impression but no measurable level:
    /// "进一步提高", "明显改善", "有效提升", "稳步提高", "持续改善", "效果明显", "提升", "逐步提高", "有所提高".
    /// Whitespace must already be removed.
    internal static bool IsVague(ReadOnlySpan<char> phrase)
    {
        while (phrase.Length > 0 && phrase[^1] is '了' or '。' or '!' or ';' or ',') phrase = phrase[..^1];
        if (phrase.Length < 2) return false;
        if (ChangeVerbSet.Contains(phrase[^2..])) return true;
        if (phrase.EndsWith("明显", StringComparison.Ordinal) || (phrase.Length > 2 && phrase.EndsWith("显著", StringComparison.Ordinal)))
            return true;                                        // 效果明显, 成效显著 ("显著" alone is a grade)
        for (var at = AnyVerb.IndexOfAny(phrase, 0); at >= 0; at = AnyVerb.IndexOfAny(phrase, at + 1))
            if (EndsWithAdverb(phrase[..at])) return true;      // 有效促进, 不断完善
        return false;
    }

    private static bool EndsWithAdverb(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !AdverbEnds.Contains(text[^1])) return false;
        foreach (var adverb in DegreeAdverbs)
            if (text.EndsWith(adverb, StringComparison.Ordinal)) return true;
        return false;
    }
}
