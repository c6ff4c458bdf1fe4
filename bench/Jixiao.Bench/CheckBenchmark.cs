using System.Globalization;
using System.Runtime;
using System.Text;
using Jixiao.Domain.Checks;
using Jixiao.Interchange.Text;

namespace Jixiao.Bench;

/// Read + check of the sample form, per second on one core, next to a baseline that only decodes the same bytes and
/// splits them into lines and tab-separated cells (the least any reader must do).
internal static class CheckBenchmark
{
    public static int Run(string[] args)
    {
        var seconds = ArgValue(args, "--seconds", 10.0);
        var path = ArgString(args, "--file") ?? FindSample();
        var bytes = File.ReadAllBytes(path);
        var fileName = Path.GetFileName(path);

        var sink = 0;
        if (args.Contains("--alloc-types")) return AllocationTypes.Print(bytes, fileName);
        // --no-baseline: only the read + check rounds, for a profiler (perf) to see that work alone.
        var baseline = args.Contains("--no-baseline") ? null : Measure.Run("baseline: decode + split lines and tabs", () =>
        {
            var text = Encoding.UTF8.GetString(bytes);
            foreach (var line in text.Split('\n'))
                sink += line.Split('\t').Length;
        }, seconds / 2);

        var readCheck = Measure.Run("read + check (TextFormReader + DeclarationChecker)", () =>
        {
            var text = Encoding.UTF8.GetString(bytes);
            var result = TextFormReader.Read(text, fileName);
            sink += DeclarationChecker.Run(result.Declaration).Count + result.Findings.Count;
        }, seconds / 2);

        var read = TextFormReader.Read(Encoding.UTF8.GetString(bytes), fileName);
        // --parts: the three steps of read + check timed apart, to see which one a change moves.
        var parts = new List<Measure.Rate>();
        if (args.Contains("--parts"))
        {
            var decoded = Encoding.UTF8.GetString(bytes);
            parts.Add(Measure.Run("  part: decode (UTF-8 → string)", () => sink += Encoding.UTF8.GetString(bytes).Length, seconds / 4));
            parts.Add(Measure.Run("  part: read (TextFormReader)", () => sink += TextFormReader.Read(decoded, fileName).Findings.Count, seconds / 4));
            parts.Add(Measure.Run("  part: check (DeclarationChecker)", () => sink += DeclarationChecker.Run(read.Declaration).Count, seconds / 4));
        }
        // --floor: the least any reader must do for this declaration (ModelFloor), alone and with the checker.
        if (args.Contains("--floor"))
        {
            var floor = new ModelFloor(bytes, read.Declaration);
            parts.Add(Measure.Run("floor: baseline + targets + model (cells known)", () => sink += floor.Build(ref sink).Indicators.Count, seconds / 4));
            parts.Add(Measure.Run("floor + check", () => sink += DeclarationChecker.Run(floor.Build(ref sink)).Count, seconds / 4));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Jixiao read+check benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC
            machine: {Machine.Describe()}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, single thread, load average {Machine.Load()}
            input: {fileName} ({bytes.Length:N0} bytes, {read.Declaration.Indicators.Count} indicators)

            {"figure",-52} {"forms/s best",14} {"median",12} {"alloc/form",12} {"CPU µs/form",12} {"warm-up",8}
            {(baseline is null ? "(baseline not run)" : Row(baseline))}
            {Row(readCheck)}
            {string.Join(Environment.NewLine, parts.Select(Row))}
            """));
        if (baseline is not null)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                read+check / baseline (median): {readCheck.PerSecondMedian / baseline.PerSecondMedian:0.00}×
                goal: ≥ 20 000 forms/s per core and ≥ 0.2× baseline → {(readCheck.PerSecondMedian >= 20_000 && readCheck.PerSecondMedian >= 0.2 * baseline.PerSecondMedian ? "met" : "NOT met")}
                """));
        GC.KeepAlive(sink);
        return 0;
    }

    private static string Row(Measure.Rate r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Name,-52} {r.PerSecondBest,14:N0} {r.PerSecondMedian,12:N0} {r.AllocatedBytesPerOp,10:N0} B {r.CpuMicrosecondsMedian,12:0.0} {r.WarmUpSeconds,7:0.0}s");

    internal static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "nanchang-2022-big-data-fund.txt");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("samples/nanchang-2022-big-data-fund.txt not found; pass --file");
    }

    private static double ArgValue(string[] args, string name, double fallback) =>
        ArgString(args, name) is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : fallback;

    private static string? ArgString(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
