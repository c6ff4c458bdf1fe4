using System.Globalization;

namespace Jixiao.Interchange.Json;

/// Builds the locations of docs/json.md ("indicators[12].target", "fundSources[0].children[1]"): the same strings
/// the checker uses, so a location found while reading JSON and one found by a check name the same member.
internal static class JsonPath
{
    public static string Member(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Item(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");
}
