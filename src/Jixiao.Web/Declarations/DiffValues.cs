using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Application.Declarations;

namespace Jixiao.Web.Declarations;

/// How a version diff reads to a person: only what was written on the form (a target's text, not the members the
/// server derives from it), each value as text.
public static class DiffValues
{
    // kind, operator, value, unit … are parsed from the target's text again on every read (docs/json.md)
    private static readonly string[] DerivedTargetMembers =
        ["kind", "operator", "value", "unit", "upper", "normalized", "grade", "vague", "recognized", "excelSerial"];

    public static IReadOnlyList<VersionDiff.Change> Shown(IEnumerable<VersionDiff.Change> changes) =>
        [.. changes.Where(c => !IsDerived(c.Location))];

    public static string Text(JsonNode? value) => value switch
    {
        null => "（空）",
        JsonArray { Count: 0 } => "（空）",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>() is { Length: > 0 } s ? s : "（空）",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "是",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "否",
        _ => value.ToJsonString(),
    };

    private static bool IsDerived(string location)
    {
        var parts = location.Split('.');
        for (var i = 1; i < parts.Length; i++)
            if (parts[i - 1] is "target" or "longTermTarget" && DerivedTargetMembers.Contains(parts[i])) return true;
        return false;
    }
}
