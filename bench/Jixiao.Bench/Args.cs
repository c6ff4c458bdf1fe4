using System.Globalization;

namespace Jixiao.Bench;

/// `--name value` options of the benchmarks.
internal static class Args
{
    public static double Value(string[] args, string name, double fallback) =>
        String(args, name) is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : fallback;

    public static string? String(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
