using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// Checking a form reads ~91 values and must reach 20 000 forms/s per core, so reading a value may allocate its
/// result and nothing else. This counts bytes, not time: it is exact and does not depend on the machine's load.
public class TargetParserAllocationTests
{
    [Theory]
    [InlineData("100%")]
    [InlineData("≥90%")]
    [InlineData("不少于1,500个")]
    [InlineData("≥4万人")]
    [InlineData("3个工作日内")]
    [InlineData("90%-95%")]
    [InlineData("2022年12 月31日前")]
    [InlineData("2023.07-2024.01")]
    [InlineData("优")]
    [InlineData("进一步提高")]
    [InlineData("≥**个")]
    [InlineData("/")]
    public void Parse_CommonValue_AllocatesOnlyItsResult(string text)
    {
        var context = new TargetContext(IndicatorTaxonomy.Timeliness);
        var result = TargetParser.Parse(text, context);                // warm up: static tables, JIT
        _ = result with { };

        var parse = BytesPerCall(() => TargetParser.Parse(text, context));
        var copy = BytesPerCall(() => result with { });                  // the size of the result itself

        Assert.Equal(copy, parse);
    }

    private static long BytesPerCall(Func<TargetValue> call)
    {
        const int calls = 1000;
        var keep = new TargetValue[calls];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++) keep[i] = call();
        var after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(keep);
        return (after - before) / calls;
    }
}
