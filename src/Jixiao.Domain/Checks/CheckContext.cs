using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Checks;

/// What a check may need besides the part of the form it looks at: the whole declaration, the thresholds, and the
/// indicator schema (88号 or 101号), which is derived from the table once.
internal sealed class CheckContext(Declaration declaration, CheckOptions options)
{
    public Declaration Declaration { get; } = declaration;
    public CheckOptions Options { get; } = options;
    public IndicatorSchema Schema { get; } = SchemaOf(declaration.Indicators);

    /// <see cref="Declaration.Schema"/>'s rule (a 成本指标 level 1 makes the table 101号), by index: that property's
    /// LINQ makes an enumerator and a call per row, and the checker runs on every keystroke.
    internal static IndicatorSchema SchemaOf(ValueList<Indicator> indicators)
    {
        for (var i = 0; i < indicators.Count; i++)
            if (indicators[i].Level1 == IndicatorTaxonomy.Cost) return IndicatorSchema.Fiscal2021No101;
        return IndicatorSchema.Fiscal2015No88;
    }
}
