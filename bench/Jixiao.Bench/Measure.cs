using System.Diagnostics;
using System.Runtime;

namespace Jixiao.Bench;

/// A plain timing loop: warm up until the rate stops rising, then run batches until the time is spent, and report
/// the best and median rate of several rounds. Plain loops are enough here because every figure is reported as a
/// ratio against a baseline that runs in the same process, on the same input.
internal static class Measure
{
    /// <see cref="CpuMicrosecondsMedian"/> is the process's CPU time per operation (median round): on a machine shared
    /// with other work the wall-clock rates fall with the load, and this shows what the code itself costs.
    public sealed record Rate(string Name, double PerSecondBest, double PerSecondMedian, long AllocatedBytesPerOp, double CpuMicrosecondsMedian,
        double WarmUpSeconds);

    public static Rate Run(string name, Action op, double seconds, int rounds = 5)
    {
        var warmUp = WarmUp(op);
        var perRound = seconds / rounds;
        var rates = new List<double>();
        var cpu = new List<double>();
        long allocated = 0, ops = 0;
        for (var r = 0; r < rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            long n = 0;
            while (watch.Elapsed.TotalSeconds < perRound)
            {
                for (var i = 0; i < 50; i++) op();
                n += 50;
            }
            watch.Stop();
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / n);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            ops += n;
            rates.Add(n / watch.Elapsed.TotalSeconds);
        }
        rates.Sort();
        cpu.Sort();
        return new Rate(name, rates[^1], rates[rates.Count / 2], allocated / Math.Max(ops, 1), cpu[cpu.Count / 2], warmUp.TotalSeconds);
    }

    /// Runs the operation until the JIT has stopped compiling for a second. After the first calls the JIT compiles hot
    /// code twice more (tiered compilation with dynamic PGO); on a busy machine its background thread gets little
    /// time, and a fixed count of warm-up calls left the rounds measuring unoptimised code (a tenth of the steady
    /// rate, seen here under load). At most <paramref name="maxSeconds"/>.
    private static TimeSpan WarmUp(Action op, double maxSeconds = 60)
    {
        var watch = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        var quiet = 0;
        while (watch.Elapsed.TotalSeconds < maxSeconds && quiet < 4)
        {
            var window = Stopwatch.StartNew();
            while (window.Elapsed.TotalSeconds < 0.25)
                for (var i = 0; i < 10; i++) op();
            var now = JitInfo.GetCompiledMethodCount();
            quiet = now == compiled ? quiet + 1 : 0;
            compiled = now;
        }
        return watch.Elapsed;
    }
}
