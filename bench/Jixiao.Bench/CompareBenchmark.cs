using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text;

namespace Jixiao.Bench;

/// Read + check of two builds side by side in one process: `compare --before DIR [--after DIR]` loads each build's
/// Jixiao.Domain and Jixiao.Interchange from its folder and alternates short rounds of the same work, measuring the
/// thread's CPU time. On a shared machine the rates of two separate runs differ by more than most changes; rounds
/// taken in turns meet the same load, so their ratio shows what a change does. A build compared with itself gives
/// the noise of the method. `--check-only` times the checker alone, each build on the declaration its own reader
/// read once before the rounds: the reader's time would otherwise dilute a change to the checker.
internal static class CompareBenchmark
{
    public static int Run(string[] args)
    {
        var before = Arg(args, "--before") ?? throw new ArgumentException("--before DIR: the folder of the build to compare against");
        var after = Arg(args, "--after") ?? AppContext.BaseDirectory;
        var seconds = double.Parse(Arg(args, "--seconds") ?? "60", CultureInfo.InvariantCulture);
        var path = Arg(args, "--file") ?? CheckBenchmark.FindSample();
        var bytes = File.ReadAllBytes(path);
        var fileName = Path.GetFileName(path);
        var checkOnly = args.Contains("--check-only");

        var a = Build.Load("before", before);
        var b = Build.Load("after", after);
        var sink = 0;
        Action Work(Build build)
        {
            if (!checkOnly)
                return () => sink += build.ReadAndCheck(Encoding.UTF8.GetString(bytes), fileName);
            var declaration = build.Read(Encoding.UTF8.GetString(bytes), fileName);
            return () => sink += build.Check(declaration);
        }
        var workA = Work(a);
        var workB = Work(b);

        // Warm both up until the JIT is done with them (as Measure does), then alternate rounds.
        Measure.Run("warm-up before", workA, 1, rounds: 1);
        Measure.Run("warm-up after", workB, 1, rounds: 1);
        var ratios = new List<double>();
        var cpuA = new List<double>();
        var cpuB = new List<double>();
        var end = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < end)
        {
            var x = Round(workA);
            var y = Round(workB);
            cpuA.Add(x);
            cpuB.Add(y);
            ratios.Add(y / x);
        }
        ratios.Sort();
        cpuA.Sort();
        cpuB.Sort();
        GC.KeepAlive(sink);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {(checkOnly ? "check" : "read + check")}, two builds alternating in one process — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {Machine.Load()}
            before: {before}
            after:  {after}
            pairs of rounds: {ratios.Count}
            CPU µs/form median: before {Median(cpuA):0.0}, after {Median(cpuB):0.0}
            after / before per pair: median {Median(ratios):0.000} (quartiles {ratios[ratios.Count / 4]:0.000}–{ratios[3 * ratios.Count / 4]:0.000})
            """));
        return 0;
    }

    private static double Median(List<double> sorted) => sorted[sorted.Count / 2];

    /// CPU µs per form over a 150 ms round of this thread.
    private static double Round(Action work)
    {
        var start = ThreadCpu.Now();
        var wall = System.Diagnostics.Stopwatch.StartNew();
        long n = 0;
        while (wall.ElapsedMilliseconds < 150)
        {
            for (var i = 0; i < 20; i++) work();
            n += 20;
        }
        return (ThreadCpu.Now() - start) / n;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// One build's reader and checker, loaded from its folder into a context of its own.
    private sealed class Build(Func<string, string, object> read, Func<object, object> declarationOf, Func<object, int> check)
    {
        public int ReadAndCheck(string text, string fileName) => check(declarationOf(read(text, fileName)));

        public object Read(string text, string fileName) => declarationOf(read(text, fileName));

        public int Check(object declaration) => check(declaration);

        public static Build Load(string name, string folder)
        {
            var context = new FolderContext(name, Path.GetFullPath(folder));
            var interchange = context.LoadFromAssemblyName(new AssemblyName("Jixiao.Interchange"));
            var domain = context.LoadFromAssemblyName(new AssemblyName("Jixiao.Domain"));
            var reader = interchange.GetType("Jixiao.Interchange.Text.TextFormReader", throwOnError: true)!.GetMethod("Read")!;
            var result = interchange.GetType("Jixiao.Interchange.ReadResult", throwOnError: true)!.GetProperty("Declaration")!;
            var checker = domain.GetType("Jixiao.Domain.Checks.DeclarationChecker", throwOnError: true)!.GetMethod("Run")!;
            var findings = checker.ReturnType.GetProperty("Count")
                ?? typeof(IReadOnlyCollection<>).MakeGenericType(checker.ReturnType.GetGenericArguments()).GetProperty("Count")!;
            var read = reader.CreateDelegate<Func<string, string, object>>();
            return new Build(read, r => result.GetValue(r)!, d => (int)findings.GetValue(checker.Invoke(null, [d, null]))!);
        }
    }

    private sealed class FolderContext(string name, string folder) : AssemblyLoadContext(name)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var file = Path.Combine(folder, assemblyName.Name + ".dll");
            return assemblyName.Name!.StartsWith("Jixiao.", StringComparison.Ordinal) && File.Exists(file) ? LoadFromAssemblyPath(file) : null;
        }
    }

    /// The calling thread's CPU time in µs (clock_gettime with CLOCK_THREAD_CPUTIME_ID).
    private static class ThreadCpu
    {
        private const int ClockThreadCpuTimeId = 3;

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        public static double Now() => ClockGetTime(ClockThreadCpuTimeId, out var t) == 0 ? t.Seconds * 1e6 + t.Nanoseconds / 1e3 : throw new InvalidOperationException("clock_gettime failed");
    }
}
