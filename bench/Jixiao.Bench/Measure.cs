using System.Diagnostics;

namespace Jixiao.Bench;

/// A plain timing loop: warm up, then run batches until the time is spent, and report the best and median rate of
/// several rounds. Plain loops are enough here because every figure is reported as a ratio against a baseline that
/// runs in the same process, on the same input, in alternating rounds.
internal static class Measure
{
    public sealed record Rate(string Name, double PerSecondBest, double PerSecondMedian, long AllocatedBytesPerOp);

    public static Rate Run(string name, Action op, double seconds, int rounds = 5)
    {
        for (var i = 0; i < 200; i++) op();                      // JIT and tiering warm-up
        var perRound = seconds / rounds;
        var rates = new List<double>();
        long allocated = 0, ops = 0;
        for (var r = 0; r < rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            long n = 0;
            while (watch.Elapsed.TotalSeconds < perRound)
            {
                for (var i = 0; i < 50; i++) op();
                n += 50;
            }
            watch.Stop();
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            ops += n;
            rates.Add(n / watch.Elapsed.TotalSeconds);
        }
        rates.Sort();
        return new Rate(name, rates[^1], rates[rates.Count / 2], allocated / Math.Max(ops, 1));
    }
}
