using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Jixiao.Domain.Checks;

/// Puts findings in the order the form shows their locations: header, basic information, budget, fund sources row by
/// row, then the indicator table (the table as a whole before its rows, each row's level 1, level 2, name, value).
/// Checks run in sections, so a few findings arrive out of place; the sort is stable and costs one pass when they do not.
internal static class FormOrder
{
    /// Sorts the findings; those in [<paramref name="inOrderFrom"/>, <paramref name="inOrderTo"/>) are known to be in
    /// order among themselves (the row checks' findings: row by row, and each row's checks run column by column), so
    /// they are not compared with their neighbours.
    public static void Sort(List<Finding> findings, int inOrderFrom = 0, int inOrderTo = 0)
    {
        var items = CollectionsMarshal.AsSpan(findings);
        for (var i = 1; i < items.Length; i++)
        {
            var finding = items[i];
            if (i > inOrderFrom && i < inOrderTo)
            {
                Debug.Assert(Compare(items[i - 1].Location, finding.Location) <= 0, $"{finding.Location} is out of order");
                continue;
            }
            if (Compare(items[i - 1].Location, finding.Location) <= 0) continue;
            // Out of place (a table-wide finding after the rows): binary search the sorted part for the first
            // finding that comes after it, so that one late finding costs log n comparisons, not n.
            int low = 0, high = i - 1;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (Compare(items[middle].Location, finding.Location) > 0) high = middle;
                else low = middle + 1;
            }
            items[low..i].CopyTo(items[(low + 1)..]);
            items[low] = finding;
        }
    }

    /// Compares two locations (budget.total, fundSources[0].children[1].currentYear, indicators[12].name) segment by
    /// segment: a member's place in its parent, then its index; a parent comes before what is inside it.
    public static int Compare(string a, string b)
    {
        if (string.Equals(a, b)) return 0;                    // several findings on one member of one row
        int ia = 0, ib = 0;
        while (true)
        {
            if (ia >= a.Length) return ib >= b.Length ? 0 : -1;
            if (ib >= b.Length) return 1;
            var nameA = Segment(a, ref ia, out var indexA);
            var nameB = Segment(b, ref ib, out var indexB);
            // Most neighbours share their segment names (indicators[3].name, indicators[5].name): the rank is looked
            // up only where they differ.
            if (!nameA.SequenceEqual(nameB))
            {
                var byRank = Rank(nameA).CompareTo(Rank(nameB));
                return byRank != 0 ? byRank : nameA.SequenceCompareTo(nameB);
            }
            if (indexA != indexB) return indexA.CompareTo(indexB);
        }
    }

    private static ReadOnlySpan<char> Segment(string location, ref int at, out int index)
    {
        var start = at;
        var stop = location.AsSpan(at).IndexOfAny('.', '[');
        at = stop < 0 ? location.Length : at + stop;
        var name = location.AsSpan(start, at - start);
        index = -1;
        if (at < location.Length && location[at] == '[')
        {
            index = 0;
            for (at++; at < location.Length && char.IsAsciiDigit(location[at]); at++) index = index * 10 + (location[at] - '0');
            if (at < location.Length && location[at] == ']') at++;
        }
        if (at < location.Length && location[at] == '.') at++;
        return name;
    }

    /// A member's place among its siblings (docs/json.md order; implementingUnit beside department, as other regions
    /// print it). Names are unique enough across parents that one table serves every level.
    private static int Rank(ReadOnlySpan<char> name) => name switch
    {
        "title" => 100, "year" => 101, "region" => 102, "projectName" => 103, "department" => 104,
        "implementingUnit" => 105, "departmentHead" => 106, "budgetCode" => 107, "filedOn" => 108, "projectAttribute" => 109,
        "projectLead" => 110, "contactPerson" => 111, "contactPhone" => 112, "startDate" => 113, "endDate" => 114,
        "overview" => 115, "measures" => 116, "overallGoal" => 117, "annualGoal" => 118, "projectTypes" => 119,
        "budget" => 120, "fundSources" => 121, "indicators" => 122, "reviews" => 123, "notes" => 124, "otherFields" => 125,
        // budget and fund-source rows
        "total" => 0, "priorYear" => 1, "currentYear" => 2, "carryOver" => 3, "children" => 4,
        // an indicator row, column by column
        "level1" => 0, "level2" => 1, "name" => 2, "target" => 3, "longTermTarget" => 4, "unit" => 5, "direction" => 6,
        "operator" => 7, "weight" => 8, "valueBasis" => 9, "explanation" => 10, "scoringRule" => 11, "remark" => 12,
        _ => 1000,
    };
}
