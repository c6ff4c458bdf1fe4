using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Text;

/// The last row of a form cut short mid-table (a file that ends in the middle of a level name, 广西's "满意度指标 |
/// 服务对象满意"): the row is not an indicator, and the reviewer is told the file ends there, once, instead of being
/// given a level-2 and a value that the indicator "lacks".
internal static class CutShortRow
{
    private static readonly string[] LevelNames =
    [
        IndicatorTaxonomy.Output, IndicatorTaxonomy.Benefit, IndicatorTaxonomy.Satisfaction, IndicatorTaxonomy.Quantity,
        IndicatorTaxonomy.Quality, IndicatorTaxonomy.Timeliness, IndicatorTaxonomy.Economic, IndicatorTaxonomy.Social,
        IndicatorTaxonomy.Ecological, IndicatorTaxonomy.Sustainable, IndicatorTaxonomy.ServiceSatisfaction,
        IndicatorTaxonomy.EconomicCost, IndicatorTaxonomy.SocialCost, IndicatorTaxonomy.EcologicalCost,
    ];

    /// The row's last cell is the start of a level name and not all of it, nor a spelling the taxonomy knows
    /// ("服务对象满意", "社会效益指"); returns that cell's text.
    public static string? CutLevelName(SourceRow row)
    {
        var text = row.Cells[^1].Text;
        if (text.Length < 2 || LevelLabel.Of(text).Role != LevelRole.None) return null;
        foreach (var name in LevelNames)
            if (name.Length > text.Length && name.StartsWith(text, StringComparison.Ordinal)) return text;
        return null;
    }
}
