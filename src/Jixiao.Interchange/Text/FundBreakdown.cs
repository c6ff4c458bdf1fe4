using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Jixiao.Interchange.Text;

/// An amount with its parts in brackets, in one cell: "800万元（其中：上级财政资金：300万元；本级财政：500万元）"
/// (Hunan's 资金总额及构成). The parts are rows under the row the amount belongs to.
internal static partial class FundBreakdown
{
    public static bool TryRead(string text, out string amount, [NotNullWhen(true)] out List<(string Name, string Amount)>? parts)
    {
        amount = "";
        parts = null;
        // One vectorised look: nearly every cell of a fund table is a bare amount.
        if (!text.Contains("其中", StringComparison.Ordinal) || Whole().Match(text) is not { Success: true } whole) return false;
        parts = [];
        foreach (var piece in whole.Groups[2].Value.Split(['；', ';', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Part().Match(piece) is not { Success: true } part) return false;
            parts.Add((part.Groups[1].Value, part.Groups[2].Value));
        }
        amount = whole.Groups[1].Value;
        return parts.Count > 0 && FormValues.LooksLikeAmount(amount);
    }

    [GeneratedRegex(@"^\s*([\d,.]+\s*(?:万元|元)?)\s*[(（]\s*其中\s*[:：]?\s*(.+?)\s*[)）]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex(@"^(\D+?)\s*[:：]?\s*([\d.]+\s*(?:万元|元)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
