using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// An operator column before a date column (四川: 指标性质 "≤" | 指标值 "2024年10月31日") joins into "≤2024年10月31日":
/// a date with ≤ means "by that date", the deadline 不晚于 says in words.
public class OperatorBeforeDateTests
{
    [Theory]
    [InlineData("≤2024年10月31日", "deadline 2024-10-31")]
    [InlineData("≤ 2024年10月31日", "deadline 2024-10-31")]
    [InlineData("<=2024年12月", "deadline 2024-12-31")]
    [InlineData("＜2024年6月30日", "deadline 2024-06-30")]
    [InlineData("≤2024-10-31", "deadline 2024-10-31")]
    public void Parse_OperatorThenDate_IsTheDeadline(string text, string expected) =>
        Assert.Equal(expected, TargetDescription.Of(TargetParser.Parse(text, new TargetContext(IndicatorTaxonomy.Timeliness))));
}
