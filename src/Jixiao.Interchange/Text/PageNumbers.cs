using System.Text.RegularExpressions;

namespace Jixiao.Interchange.Text;

/// The page numbers a PDF extraction leaves between the rows of a long table ("第 1 页 共 3 页", "- 2 -"): not cells
/// of the form, so they are skipped rather than read as indicators or reported. Not "2/5": alone on its line, in a
/// form of one cell per line, that may be a value.
internal static partial class PageNumbers
{
    public static bool IsPageNumber(SourceRow row)
    {
        // A page number stands alone on its line: never in a row of tab- or pipe-separated cells.
        if (row.Layout != RowLayout.Text) return false;
        var raw = row.RawSpan.Trim();
        // Most rows are long or hold none of the marks: two cheap looks before the regex.
        if (raw.IsEmpty || raw.Length > 24 || raw.IndexOfAny(Marks) < 0) return false;
        return PageNumber().IsMatch(ChineseText.Normalize(raw));
    }

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("页-—Pp");

    [GeneratedRegex(@"^(?:第\d+页(?:[,，、]?共\d+页)?|共\d+页[,，、]?第\d+页|[-—]\d+[-—]|[Pp]age ?\d+(?: ?of ?\d+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
