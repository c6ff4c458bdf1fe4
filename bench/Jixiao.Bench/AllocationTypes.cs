using System.Diagnostics.Tracing;
using System.Text;
using Jixiao.Domain.Checks;
using Jixiao.Interchange.Text;

namespace Jixiao.Bench;

/// `check --alloc-types`: what read + check allocates, by type. The runtime reports an allocation tick each time a
/// thread has allocated about 100 KB, naming the type of the object that crossed the mark; over many forms the
/// count of ticks per type is its share of the bytes.
internal sealed class AllocationTypes : EventListener
{
    private readonly Dictionary<string, long> _ticks = [];

    public static int Print(byte[] bytes, string fileName)
    {
        var text = Encoding.UTF8.GetString(bytes);
        using var listener = new AllocationTypes();
        var sink = 0;
        for (var i = 0; i < 100_000; i++)
            sink += DeclarationChecker.Run(TextFormReader.Read(text, fileName).Declaration).Count;
        // Events arrive on the runtime's dispatch thread, so the counts are copied under the lock it writes under.
        KeyValuePair<string, long>[] counts;
        lock (listener._ticks) counts = [.. listener._ticks];
        var total = counts.Sum(t => t.Value);
        Console.WriteLine($"allocation by type, read + check of {fileName} ({total:N0} ticks of ~100 KB)");
        foreach (var (type, ticks) in counts.OrderByDescending(t => t.Value).Take(40))
            Console.WriteLine($"{100.0 * ticks / total,6:0.0} %  {type}");
        GC.KeepAlive(sink);
        return 0;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        // The runtime's GC events (keyword 0x1) at verbose level include GCAllocationTick.
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true) return;
        var type = eventData.Payload![eventData.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        lock (_ticks) _ticks[type] = _ticks.GetValueOrDefault(type) + 1;
    }
}
