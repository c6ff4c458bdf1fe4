using System.Text.Json;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Json;

/// The JSON spelling of the model's enums (docs/json.md): the member name in camelCase, "governmentDebt",
/// "counterpartSection", "quantity"; and of <see cref="Comparison"/>, the operator symbol.
internal static class JsonNames
{
    public static string Of<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(Enum.GetName(value) ?? throw new ArgumentOutOfRangeException(nameof(value)));

    /// Matches the camelCase name, ignoring case; numbers ("3") are not names.
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        var wanted = text?.Trim();
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// "general、ppp、governmentDebt …", for messages that say what is accepted.
    public static string All<T>() where T : struct, Enum => string.Join("、", Enum.GetValues<T>().Select(Of));

    /// A range's operator has no sign of its own in the text; in JSON it is named.
    public static string Symbol(Comparison op) => op == Comparison.Between ? "between" : op.Symbol();

    /// The symbols of <see cref="Symbol"/>, and the ASCII spellings a script is likely to write (&gt;=, &lt;=).
    public static bool TryParseOperator(string? text, out Comparison op)
    {
        Comparison? found = text?.Trim() switch
        {
            "=" or "==" => Comparison.Equal,
            "≥" or ">=" => Comparison.AtLeast,
            "≤" or "<=" => Comparison.AtMost,
            ">" => Comparison.GreaterThan,
            "<" => Comparison.LessThan,
            "between" => Comparison.Between,
            _ => null,
        };
        op = found ?? default;
        return found is not null;
    }

    public const string Operators = "=、≥、≤、>、<、between";
}
