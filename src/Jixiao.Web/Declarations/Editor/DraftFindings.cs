using Jixiao.Domain.Checks;

namespace Jixiao.Web.Declarations.Editor;

/// The checker's findings on the draft as it stands, looked up by location so that each field shows its own. The
/// draft goes the way the server reads it (DTO → domain declaration → DeclarationChecker.Run), so the editor shows
/// exactly what submitting would report; the checker is fast enough to run on every change.
public sealed class DraftFindings
{
    private readonly Dictionary<string, List<Finding>> _byLocation = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<Finding>> _byRow = [];

    private DraftFindings(IReadOnlyList<Finding> all)
    {
        All = all;
        foreach (var finding in all)
        {
            if (!_byLocation.TryGetValue(finding.Location, out var list)) _byLocation[finding.Location] = list = [];
            list.Add(finding);
            if (Locations.IndicatorIndex(finding.Location) is { } row)
            {
                if (!_byRow.TryGetValue(row, out var rowList)) _byRow[row] = rowList = [];
                rowList.Add(finding);
            }
        }
        Errors = all.Count(f => f.Severity == Severity.Error);
        Warnings = all.Count(f => f.Severity == Severity.Warning);
    }

    public static DraftFindings None { get; } = new([]);

    /// Every finding in form order.
    public IReadOnlyList<Finding> All { get; }

    public int Errors { get; }

    public int Warnings { get; }

    /// Checks the draft, and records on each indicator row how its target value was understood.
    public static DraftFindings Run(DeclarationDraft draft)
    {
        var declaration = draft.ToDto().ToDomain(out var mapping);
        for (var i = 0; i < draft.Indicators.Count && i < declaration.Indicators.Count; i++)
            draft.Indicators[i].Understood = declaration.Indicators[i].Target;
        var findings = DeclarationChecker.Run(declaration);
        return new DraftFindings(mapping.Count == 0 ? findings : [.. mapping, .. findings]);
    }

    public IReadOnlyList<Finding> At(string location) => _byLocation.TryGetValue(location, out var list) ? list : [];

    /// Every finding about indicator row <paramref name="index"/>, whatever member it points at.
    public IReadOnlyList<Finding> ForRow(int index) => _byRow.TryGetValue(index, out var list) ? list : [];

    /// The QUANTITY_IN_NAME findings whose fix can be applied (the quantity moves from the name to the value).
    public IReadOnlyList<Finding> QuantityInName => [.. All.Where(f => f.Code == Rules.QuantityInName.Code && f.Fix is not null)];
}
