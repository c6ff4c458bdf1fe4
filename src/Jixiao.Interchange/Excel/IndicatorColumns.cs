using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Excel;

/// A column of the indicator table: the header the writer prints; the reader accepts it and every spelling of
/// <see cref="IndicatorHeadings"/>.
internal sealed record IndicatorColumn(IndicatorField Field, string Header, double Width)
{
    public IEnumerable<string> Keys => IndicatorHeadings.Of(Field).Prepend(Header).Select(FormLabels.Key).Distinct();
}

internal static class IndicatorColumns
{
    public static readonly IndicatorColumn[] Main =
    [
        new(IndicatorField.Level1, FormLabels.Level1, 0),
        new(IndicatorField.Level2, FormLabels.Level2, 0),
        new(IndicatorField.Name, FormLabels.Name, 0),
        new(IndicatorField.Target, FormLabels.Target, 0),
    ];

    /// The optional columns seen on other regions' forms (domain notes §2). The writer prints one only when some
    /// indicator of the declaration has that field.
    public static readonly IndicatorColumn[] Optional =
    [
        new(IndicatorField.LongTermTarget, FormLabels.LongTermTarget, 16),
        new(IndicatorField.Unit, FormLabels.Unit, 10),
        new(IndicatorField.Direction, FormLabels.Direction, 10),
        new(IndicatorField.Operator, FormLabels.Operator, 10),
        new(IndicatorField.Weight, FormLabels.Weight, 8),
        new(IndicatorField.ValueBasis, FormLabels.ValueBasis, 14),
        new(IndicatorField.Explanation, FormLabels.Explanation, 24),
        new(IndicatorField.ScoringRule, FormLabels.ScoringRule, 24),
        new(IndicatorField.Remark, FormLabels.Remark, 14),
    ];

    public static bool Has(Indicator indicator, IndicatorField field) => field switch
    {
        IndicatorField.Level1 => indicator.Level1.Length > 0,
        IndicatorField.Level2 => indicator.Level2.Length > 0,
        IndicatorField.Name => indicator.Name.Length > 0,
        IndicatorField.Target => indicator.Target is not MissingTarget,
        IndicatorField.LongTermTarget => indicator.LongTermTarget is not null,
        IndicatorField.Unit => indicator.Unit is not null,
        IndicatorField.Direction => indicator.Direction is not null,
        IndicatorField.Operator => indicator.Operator is not null,
        IndicatorField.Weight => indicator.Weight is not null,
        IndicatorField.ValueBasis => indicator.ValueBasis is not null,
        IndicatorField.Explanation => indicator.Explanation is not null,
        IndicatorField.ScoringRule => indicator.ScoringRule is not null,
        IndicatorField.Remark => indicator.Remark is not null,
    };

    /// The text a target prints as: as written on the form, or its canonical text when it was built in code.
    public static string? Print(TargetValue? target) => target switch
    {
        null or MissingTarget => null,
        _ when target.Text.Length > 0 => target.Text,
        _ => target.Format(),
    };
}
