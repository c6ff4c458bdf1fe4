using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Checks;

/// One row of the indicator table as the checks see it: the indicator, its place, and what several checks ask of it
/// (its category, its quantity, whether it says "100%", the quantity in its name), worked out once per row.
internal readonly struct IndicatorRow
{
    public IndicatorRow(int index, Indicator indicator, in RowTaxonomy taxonomy)
    {
        Index = index;
        Indicator = indicator;
        Taxonomy = taxonomy;
        // Asked by the duplicate-name check and QUANTITY_IN_NAME's tidying: one search for both.
        NameHasWhiteSpace = FormText.HasWhiteSpace(indicator.Name);
        Quantity = indicator.Target as QuantityTarget;
        // "增长100%" is a change, not the level "100%" that says least.
        IsHundredPercent = Quantity is { IsPercentage: true, Value: 100m, Operator: Comparison.Equal or Comparison.AtLeast, IsLevel: true };
        QuantityInName = IsHundredPercent ? NameQuantity.Find(indicator.Name) : null;
    }

    public int Index { get; }
    public Indicator Indicator { get; }
    public string Name => Indicator.Name;
    public TargetValue Target => Indicator.Target;

    /// The name holds whitespace somewhere (a PDF's stray spaces, a typed space).
    public bool NameHasWhiteSpace { get; }

    /// What the row's level 1 and level 2 say (its category, whether they are valid).
    public RowTaxonomy Taxonomy { get; }

    public bool IsOutput => Taxonomy.IsOutput;
    public bool IsBenefit => Taxonomy.IsBenefit;
    public bool IsSatisfaction => Taxonomy.IsSatisfaction;
    public bool IsCost => Taxonomy.IsCost;
    public bool IsTimeliness => Taxonomy.IsTimeliness;

    /// The target when it is a number with a unit (durations included), else null.
    public QuantityTarget? Quantity { get; }

    /// The target is "100%" (or "≥100%"): the value that says least.
    public bool IsHundredPercent { get; }

    /// The quantity the name carries, looked for only when the value is 100% (QUANTITY_IN_NAME).
    public NameQuantity? QuantityInName { get; }

    /// A satisfaction target: in the satisfaction category, or named so (满意度/满意率) wherever it was put.
    public bool IsAboutSatisfaction =>
        IsSatisfaction || Taxonomy.IsServiceSatisfaction || NamedSatisfaction(Name);

    /// The name ends in 满意度 or 满意率 (asked of every percentage row, so spelt out rather than two searches).
    private static bool NamedSatisfaction(string name) =>
        name.Length >= 3 && name[^1] is '度' or '率' && name[^2] == '意' && name[^3] == '满';

    /// indicators[12] (the row) or indicators[12].target (one of its members).
    public string At(string? member = null) => RowLocations.Of(Index, member);

    /// How a message names the row: its name in brackets, or its position when it has none.
    public RowLabel Label => new(Index, Name);

    /// The value as the form wrote it (or its canonical text when built in code), for messages. Not ToString(): the
    /// records derived from TargetValue print their members there.
    public string TargetText => Target.Text.Length > 0 ? Target.Text : Target.Format();
}
