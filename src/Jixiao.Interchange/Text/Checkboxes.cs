namespace Jixiao.Interchange.Text;

/// Options printed with tick boxes, as forms print 项目属性 (新增项目□ 延续项目☑, □新增 ☑延续, 新增项目 | 延续项目 √):
/// the value is the option ticked, not the first option printed.
internal static class Checkboxes
{
    // ■ is a box filled in Word; ☒ is left out, some forms print it for "not this one".
    private const string Ticks = "☑√✓✔■";
    private const string Marks = Ticks + "□☐";

    /// 项目属性 (or 是否新增) from its option cells: the ticked option, as 新增项目 / 延续项目 for a 是否新增 box; null when
    /// no option, or more than one, is ticked.
    public static string? ProjectAttribute(string printedLabel, IReadOnlyList<string> cells)
    {
        var isNewQuestion = ChineseText.Normalize(printedLabel) == "是否新增";
        // 是否新增 | 否: the question answered in a word, no boxes; the answer means the same as its ticked box.
        var option = Ticked(cells) ?? (isNewQuestion && cells is [var answer] && answer.Trim() is "是" or "否" ? answer.Trim() : null);
        if (option is null) return null;
        if (!isNewQuestion) return option;
        return option switch
        {
            "是" => "新增项目",
            "否" => "延续项目",
            _ => option,
        };
    }

    /// The one ticked option of <paramref name="cells"/>: each cell is an option, or holds several, each with its box
    /// after it ("是 □ 否 ☑") or before it ("□是 ☑否"). A cell with no box is an option not ticked.
    public static string? Ticked(IReadOnlyList<string> cells)
    {
        string? ticked = null;
        var count = 0;
        foreach (var cell in cells)
            foreach (var (option, isTicked) in Options(cell))
                if (isTicked && option.Length > 0)
                {
                    ticked = option;
                    count++;
                }
        return count == 1 ? ticked : null;
    }

    /// Whether the text prints tick boxes (ticked or not).
    public static bool HasBoxes(string text) => text.AsSpan().IndexOfAny(Marks) >= 0;

    /// Every ticked option of one cell of options (资金用途 may tick several).
    public static IEnumerable<string> TickedOptions(string cell)
    {
        foreach (var (option, isTicked) in Options(cell))
            if (isTicked && option.Length > 0) yield return option;
    }

    private static IEnumerable<(string Option, bool Ticked)> Options(string cell)
    {
        var text = cell.Trim();
        if (text.AsSpan().IndexOfAny(Marks) < 0)
        {
            yield return (Clean(text), false);
            yield break;
        }
        var boxFirst = Marks.Contains(text[0]);
        var start = boxFirst ? 1 : 0;
        var mark = boxFirst ? text[0] : ' ';
        for (var i = start; i <= text.Length; i++)
        {
            if (i < text.Length && !Marks.Contains(text[i])) continue;
            var option = Clean(text[start..i]);
            if (boxFirst) yield return (option, Ticks.Contains(mark));
            else if (i < text.Length) yield return (option, Ticks.Contains(text[i]));
            if (i < text.Length) mark = text[i];
            start = i + 1;
        }
    }

    private static string Clean(string option) => ChineseText.Normalize(option.AsSpan().Trim(" \t、,，/／;；"));
}
