using System.Runtime.InteropServices;

namespace Jixiao.Bench;

/// The machine a figure was measured on, for bench/README.md.
internal static class Machine
{
    public static string Describe()
    {
        var cpu = Read("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString();
        var os = Read("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        return $"{cpu}, {Environment.ProcessorCount} cores, {os}, .NET {Environment.Version}";
    }

    /// The 1-minute load average: other work on a shared machine slows both rows alike, but it explains spread.
    public static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string? Read(string file, string key, char separator)
    {
        if (!File.Exists(file)) return null;
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(separator, StringComparison.Ordinal) + 1)..].Trim();
    }
}
