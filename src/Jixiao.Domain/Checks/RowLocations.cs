using System.Globalization;

namespace Jixiao.Domain.Checks;

/// The locations of indicator rows and their members (indicators[12], indicators[12].target), made once per process:
/// a checked form names them in most of its findings, and the strings never change.
internal static class RowLocations
{
    private const int Cached = 1024;

    // By member (none, level1, level2, name, target), then by row index.
    private static readonly string?[][] Made = [new string?[Cached], new string?[Cached], new string?[Cached], new string?[Cached], new string?[Cached]];

    public static string Of(int index, string? member)
    {
        var slot = member switch
        {
            null => 0,
            "level1" => 1,
            "level2" => 2,
            "name" => 3,
            "target" => 4,
            _ => -1,
        };
        if (slot < 0 || (uint)index >= Cached) return Make(index, member);
        return Made[slot][index] ??= Make(index, member);
    }

    private static string Make(int index, string? member) => member is null
        ? string.Create(CultureInfo.InvariantCulture, $"indicators[{index}]")
        : string.Create(CultureInfo.InvariantCulture, $"indicators[{index}].{member}");
}
