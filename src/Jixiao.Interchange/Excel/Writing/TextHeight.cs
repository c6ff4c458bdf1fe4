namespace Jixiao.Interchange.Excel.Writing;

/// Estimates the height a wrapped text needs. Excel never fits the height of a row to a merged cell's text, so the
/// writer sets row heights itself; without them long texts (项目概况, 保证项目实施的制度及措施) would print cut off.
internal static class TextHeight
{
    /// The height of one line of 11-point SimSun, as Excel lays it out.
    public const double LinePoints = 14.25;

    /// Points needed for <paramref name="text"/> in a cell <paramref name="widthUnits"/> wide (Excel column width units:
    /// digit widths of the default font; a CJK character of SimSun is two of them).
    public static double Points(string text, double widthUnits)
    {
        var usable = Math.Max(2, widthUnits - 1);   // cell padding
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var width = 0.0;
            foreach (var c in paragraph) width += c < 0x2E80 ? 1.05 : 2.0;
            lines += Math.Max(1, (int)Math.Ceiling(width / usable));
        }
        return lines * LinePoints + 4;
    }
}
