namespace Jixiao.Interchange.Text;

/// Paths into the declaration (docs/json.md) that every form repeats, made once: indicators[0], indicators[1] …
internal static class Locations
{
    private static readonly string[] Indicators = new string[1024];

    public static string Indicator(int index)
    {
        if (index >= Indicators.Length) return $"indicators[{index}]";
        return Indicators[index] ??= $"indicators[{index}]";
    }
}
