using System.Collections.Frozen;

namespace Jixiao.Domain.Checks;

/// The units a quantity written in running text may carry (domain notes §4) — in an indicator's name or in the annual
/// goal — mapped to how a value writes them. 年, 月 and 日 are left out on purpose: in running text they are dates
/// ("2021 至 2022 年"), not quantities; so is 期, a phase ("(2期)").
internal static class QuantityUnits
{
    private static readonly string[] Counts =
    [
        "个", "项", "套", "份", "家", "次", "人", "人次", "户", "台", "件", "辆", "座", "株", "棵", "亩", "平方米", "公里",
        "千米", "米", "条", "篇", "场", "批", "所", "处", "间", "张", "册", "本", "部", "种", "类", "名", "块", "栋",
        "幢", "吨", "课时", "学时", "门", "宗", "例", "支", "班", "轮", "届",
    ];

    private static readonly string[] Others =
    [
        "个工作日", "工作日", "个小时", "小时", "个月", "分钟", "天", "周", "秒", "%", "元", "万元", "亿元",
        "元/人", "元/亩", "元/个", "元/平方米", "元/人·月", "万元/个", "万元/人",
    ];

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Build().GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly int MaxLength = Counts.Concat(Others).Max(u => u.Length) + 1;

    /// The longest unit that starts at <paramref name="start"/>, as a value writes it ("％" → "%"), or null;
    /// <paramref name="length"/> is how long it is in the text.
    public static string? LongestAt(string text, int start, out int length)
    {
        for (length = Math.Min(MaxLength, text.Length - start); length > 0; length--)
            if (Lookup.TryGetValue(text.AsSpan(start, length), out var unit)) return unit;
        return null;
    }

    private static FrozenDictionary<string, string> Build()
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal) { ["％"] = "%" };
        foreach (var unit in Others) units[unit] = unit;
        foreach (var unit in Counts)
        {
            units[unit] = unit;
            units["万" + unit] = "万" + unit;                               // 4万人 keeps its unit 万人
        }
        return units.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
