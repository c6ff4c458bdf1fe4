using System.Buffers;
using System.Collections.Frozen;

namespace Jixiao.Interchange.Text;

/// Whether a cell reads like a target value (指标值) rather than an indicator name: the reader needs this where the
/// layout does not say which cell is which (space-separated rows, a value continued after a page break).
internal static class TargetLooks
{
    private static readonly SearchValues<char> ValueStarts = SearchValues.Create("0123456789≥≤<>=＞＜≧≦±+~%.＝０１２３４５６７８９");

    private static readonly string[] ValuePrefixes =
        ["不低于", "不少于", "不高于", "不超过", "不大于", "不小于", "达到", "大于", "小于", "低于", "高于", "超过", "约", "每", "控制在", "小于等于", "大于等于"];

    // Grades and short qualitative targets seen in value cells (domain notes §4 and the variants).
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
        "优", "良", "优良", "中", "差", "好", "较好", "良好", "一般", "达标", "合格", "高", "低", "是", "否", "有效", "及时", "长期", "无",
        "提高", "提升", "改善", "明显", "显著", "稳定", "完成", "按时", "按期", "全覆盖", "逐步提高", "进一步提高", "明显改善", "有效提升",
        "稳步提高", "持续改善", "效果明显", "满意", "基本满意", "较高", "显著提高", "不断提高", "持续", "准确", "规范");

    // The first characters of the prefixes: most cells asked (indicator names) start with none, and skip the loop.
    private static readonly SearchValues<char> PrefixStarts = SearchValues.Create(string.Concat(ValuePrefixes.Select(p => p[0])));

    // The longest of the words: a longer cell (an indicator name, asked on every row) needs no hash of its text.
    private static readonly int LongestWord = Words.Max(w => w.Length);

    public static bool IsValueLike(string text)
    {
        if (text.Length == 0) return false;
        var first = text[0];
        if (ValueStarts.Contains(first)) return true;
        if (PrefixStarts.Contains(first))
            foreach (var prefix in ValuePrefixes)
                if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length) return true;
        return text[^1] switch
        {
            '%' => true,
            '前' => text.EndsWith("日前", StringComparison.Ordinal) || text.EndsWith("底前", StringComparison.Ordinal) || IsWord(text),
            _ => IsWord(text),
        };
    }

    private static bool IsWord(string text) => text.Length <= LongestWord && Words.Contains(text);
}
