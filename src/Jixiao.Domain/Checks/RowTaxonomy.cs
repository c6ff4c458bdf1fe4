using Jixiao.Domain.Indicators;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Checks;

/// What a row's level 1 and level 2 (一级指标, 二级指标) tell the checks: its category, and whether the pair is valid
/// under the table's schema. A table's rows come in runs under one pair, and the reader gives the rows of a run the
/// same two strings, so the checker works this out again only where the pair changes (<see cref="IsFor"/>): it is a
/// function of the two texts and the schema alone.
internal readonly struct RowTaxonomy
{
    private readonly string? _level1;
    private readonly string? _level2;

    private RowTaxonomy(string level1, string level2, IndicatorSchema schema)
    {
        (_level1, _level2) = (level1, level2);
        IsOutput = level1 == Output;
        IsBenefit = level1 == Benefit;
        IsSatisfaction = level1 == Satisfaction;
        // 成本指标 is a level 2 under 产出 (88号) or a level 1 of its own (101号); the two names are spelt alike.
        IsCost = level1 == Cost || level2 == OutputCost;
        IsTimeliness = level2 == Timeliness;
        IsQuantity = level2 == IndicatorTaxonomy.Quantity;
        IsQuality = level2 == Quality;
        IsServiceSatisfaction = level2 == ServiceSatisfaction;
        Level2IsBlank = FormText.IsBlank(level2);
        Level1IsKnown = IndicatorTableChecks.IsKnownLevel1(level1);
        Level2 = IndicatorTableChecks.FitOfLevel2(schema, level1, level2, Level1IsKnown, Level2IsBlank);
    }

    public bool IsOutput { get; }
    public bool IsBenefit { get; }
    public bool IsSatisfaction { get; }
    public bool IsCost { get; }
    public bool IsTimeliness { get; }

    /// Level 2 is 数量指标, 质量指标, 服务对象满意度指标.
    public bool IsQuantity { get; }
    public bool IsQuality { get; }
    public bool IsServiceSatisfaction { get; }

    public bool Level2IsBlank { get; }

    /// TAXONOMY: level 1 is one of the schemas' level 1s.
    public bool Level1IsKnown { get; }

    /// TAXONOMY: what is wrong with level 2, if anything.
    public Level2Fit Level2 { get; }

    /// The taxonomy of this pair of texts (compared as references: the same strings, not merely equal ones).
    public bool IsFor(string level1, string level2) => ReferenceEquals(_level1, level1) && ReferenceEquals(_level2, level2);

    public static RowTaxonomy Of(string level1, string level2, IndicatorSchema schema) => new(level1, level2, schema);
}

/// How a row's level 2 fits its level 1 (TAXONOMY).
internal enum Level2Fit
{
    /// Known and under its level 1; or blank (reported once for the table); or under an unknown level 1 (reported there).
    Fine,

    /// Not a level 2 of either schema.
    Unknown,

    /// A known level 2 under another level 1.
    Elsewhere,
}
