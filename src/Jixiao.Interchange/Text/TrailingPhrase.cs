namespace Jixiao.Interchange.Text;

/// A worded target (定性指标值) run into the end of its indicator's name in text that lost its cell separators
/// ("农牧区群众就医可及性明显改善" = 农牧区群众就医可及性 | 明显改善): an adverb of degree and a verb of change, the way such
/// values are written. A name ends in a noun (可及性, 影响力, 满意度), so the pair at its end is the value. Asked only of
/// glued indicators that found no other value.
internal static class TrailingPhrase
{
    // Adverbs of degree that open a worded value (明显改善, 逐步提升, 进一步提高, 有效提升, 持续改善).
    private static readonly string[] Adverbs = ["进一步", "明显", "逐步", "有效", "稳步", "持续", "显著", "有所", "不断", "大幅", "得到", "全面", "逐年"];

    // Verbs of change; all two characters long.
    private static readonly string[] Verbs = ["提升", "提高", "改善", "增强", "加强", "增加", "增长", "降低", "减少", "下降", "改进", "好转", "优化", "完善"];

    // A name keeps at least this many characters: "明显改善" alone is a value with its name missing, not a split.
    private const int ShortestName = 2;

    /// True when <paramref name="text"/> is such a phrase and nothing else ("明显提升"): a worded value, not a name.
    public static bool IsWhole(string text)
    {
        if (text.Length < 4 || Array.IndexOf(Verbs, text[^2..]) < 0) return false;
        var rest = text.AsSpan(0, text.Length - 2);
        foreach (var adverb in Adverbs)
            if (rest.SequenceEqual(adverb)) return true;
        return false;
    }

    /// The length of the adverb-and-verb phrase that ends <paramref name="text"/>, or 0.
    public static int Length(string text)
    {
        if (text.Length < 4 + ShortestName) return 0;
        var verb = text[^2..];
        if (Array.IndexOf(Verbs, verb) < 0) return 0;
        var rest = text.AsSpan(0, text.Length - 2);
        foreach (var adverb in Adverbs)
            if (rest.EndsWith(adverb, StringComparison.Ordinal) && rest.Length - adverb.Length >= ShortestName) return adverb.Length + 2;
        return 0;
    }
}
