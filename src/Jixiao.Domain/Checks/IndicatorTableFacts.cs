using System.Runtime.InteropServices;
using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Checks;

/// What the table-wide checks need to know, gathered row by row in the checker's single pass over the table.
internal sealed class IndicatorTableFacts
{
    private readonly int _expectedRows;
    private Dictionary<string, int>? _rowByName;

    // The names seen so far are the checker's largest scratch object (a few KB a form). The table is lent from one
    // kept per thread, empty between runs: it holds nothing of the last form, only its capacity.
    [ThreadStatic] private static Dictionary<string, int>? t_spareRowByName;

    public IndicatorTableFacts(int expectedRows) => _expectedRows = expectedRows;

    /// Gives the table of names back, emptied, for the next run on this thread.
    public void Release()
    {
        if (_rowByName is not { } rows || rows.Count > MaxKeptRows) return;
        rows.Clear();
        t_spareRowByName = rows;
        _rowByName = null;
    }

    // A table this large is an odd file's; it is not worth keeping for the next.
    private const int MaxKeptRows = 4096;

    public int RowCount { get; private set; }
    public bool HasOutput { get; private set; }
    public bool HasBenefit { get; private set; }
    public bool HasSatisfaction { get; private set; }
    public bool HasQuantity { get; private set; }
    public bool HasQuality { get; private set; }
    public bool HasTimeliness { get; private set; }
    public bool HasCost { get; private set; }

    /// Quantitative values (numbers with a unit, durations included), and how many of them say 100%.
    public int QuantitativeCount { get; private set; }
    public int HundredPercentCount { get; private set; }

    /// The first cost row (成本指标), for COST_MONETARY to point at; -1 when there is none.
    public int FirstCostRow { get; private set; } = -1;
    public string FirstCostLabel { get; private set; } = "";
    public string FirstCostTarget { get; private set; } = "";
    public bool HasMonetaryCost { get; private set; }

    /// The rows whose level 2 is blank, in order; null when there is none.
    public List<int>? BlankLevel2Rows { get; private set; }

    // A row has a level 2 its level 1 left a choice of (any but 服务对象满意度指标 under 满意度指标).
    private bool _level2Chosen;

    /// The table names no level 2: two rows or more without one, and none chosen on any row.
    public bool NamesNoLevel2 => BlankLevel2Rows is { Count: >= 2 } && !_level2Chosen;

    /// The earlier row with the same name (spaces ignored), or null; then remembers this row's name.
    public int? EarlierRowNamed(in IndicatorRow row)
    {
        // A name without whitespace is not blank unless empty, and is its own key: the row looked for whitespace once.
        var name = row.Name;
        if (name.Length == 0 || (row.NameHasWhiteSpace && FormText.IsBlank(name))) return null;
        _rowByName ??= TakeSpareTable() ?? new Dictionary<string, int>(_expectedRows, StringComparer.Ordinal);
        // One lookup that also adds: most names are new.
        ref var earlier = ref CollectionsMarshal.GetValueRefOrAddDefault(_rowByName, row.NameHasWhiteSpace ? FormText.WithoutWhitespace(name) : name, out var seen);
        if (seen) return earlier;
        earlier = row.Index;
        return null;
    }

    private static Dictionary<string, int>? TakeSpareTable()
    {
        var spare = t_spareRowByName;
        t_spareRowByName = null;
        return spare;
    }

    /// What a level 1 and level 2 pair tells about the table. Asked once for each run of rows under one pair (see
    /// <see cref="RowTaxonomy"/>), not for every row: a second row under the same pair adds nothing to these.
    public void Observe(in RowTaxonomy taxonomy)
    {
        HasOutput |= taxonomy.IsOutput;
        HasBenefit |= taxonomy.IsBenefit;
        HasSatisfaction |= taxonomy.IsSatisfaction;
        if (!taxonomy.Level2IsBlank) _level2Chosen |= !(taxonomy.IsSatisfaction && taxonomy.IsServiceSatisfaction);
        HasQuantity |= taxonomy.IsOutput && taxonomy.IsQuantity;
        HasQuality |= taxonomy.IsOutput && taxonomy.IsQuality;
        HasTimeliness |= taxonomy.IsOutput && taxonomy.IsTimeliness;
    }

    /// What the row tells about the table beyond its level 1 and level 2 (observed apart, above).
    public void Observe(in IndicatorRow row)
    {
        RowCount++;
        if (row.Taxonomy.Level2IsBlank) (BlankLevel2Rows ??= []).Add(row.Index);
        if (row.Quantity is { } quantity)
        {
            QuantitativeCount++;
            if (row.IsHundredPercent) HundredPercentCount++;
            if (row.IsCost && TargetUnits.IsMoney(quantity.Unit)) HasMonetaryCost = true;
        }
        if (row.IsCost)
        {
            HasCost = true;
            if (FirstCostRow < 0) (FirstCostRow, FirstCostLabel, FirstCostTarget) = (row.Index, row.Label.ToString(), row.TargetText);
        }
    }
}
