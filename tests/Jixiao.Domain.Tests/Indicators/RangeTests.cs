using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// Ranges (区间): "90%-95%", "90-95%", "3～5个" are <see cref="Comparison.Between"/> with both bounds.
public class RangeTests
{
    [Theory]
    [InlineData("90%-95%", 90, 95, "%")]
    [InlineData("90-95%", 90, 95, "%")]
    [InlineData("90％～95％", 90, 95, "%")]
    [InlineData("90%—95%", 90, 95, "%")]
    [InlineData("3～5个", 3, 5, "个")]
    [InlineData("3至5个", 3, 5, "个")]
    [InlineData("3到5个", 3, 5, "个")]
    [InlineData("3~5个工作日", 3, 5, "个工作日")]
    [InlineData("2000-3000元", 2000, 3000, "元")]
    [InlineData("-5%-5%", -5, 5, "%")]
    [InlineData("控制在90%-95%", 90, 95, "%")]
    public void Parse_Range_IsBetweenBothBounds(string text, double lower, double upper, string unit)
    {
        var q = Assert.IsType<QuantityTarget>(TargetParser.Parse(text));

        Assert.Equal((Comparison.Between, (decimal)lower, (decimal?)upper, unit), (q.Operator, q.Value, q.UpperValue, q.Unit));
    }

    [Theory]
    [InlineData("95%-90%")]       // upside down
    [InlineData("90%-95个")]      // two different units
    [InlineData("≥90%-95%")]      // an operator on a range
    [InlineData("90%-95%以上")]
    public void Parse_RangeThatCannotBeRead_IsUnrecognized(string text) =>
        Assert.Equal("unrecognized", TargetDescription.Of(TargetParser.Parse(text)));

    [Fact]
    public void Format_Range_WritesTheUnitOnBothBounds() =>
        Assert.Equal("90%-95%", TargetParser.Parse("90-95%").Format());

    [Fact]
    public void Parse_RangeOfTimeUnits_IsDuration() =>
        Assert.Equal(TargetKind.Duration, TargetParser.Parse("3～5个工作日").Kind);
}
