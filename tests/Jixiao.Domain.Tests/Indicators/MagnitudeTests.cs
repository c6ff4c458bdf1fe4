using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// A magnitude prefix in the unit (4万人, 2.61万元) keeps the unit as written and also yields the plain count,
/// so that "≥4万人" and "≥40000人" can be compared.
public class MagnitudeTests
{
    [Theory]
    [InlineData("≥4万人", 4, "万人", 40000, "人")]
    [InlineData("2.61万元", 2.61, "万元", 26100, "元")]
    [InlineData("1.2亿元", 1.2, "亿元", 120000000, "元")]
    [InlineData("5千元", 5, "千元", 5000, "元")]
    [InlineData("3百万元", 3, "百万元", 3000000, "元")]
    [InlineData("10万人次", 10, "万人次", 100000, "人次")]
    [InlineData("2万元/人", 2, "万元/人", 20000, "元/人")]
    [InlineData("1.5万平方米", 1.5, "万平方米", 15000, "平方米")]
    [InlineData("3万", 3, "万", 30000, "")]
    public void Parse_UnitWithMagnitudePrefix_KeepsUnitAndNormalizes(string text, double value, string unit, double normalized, string bareUnit)
    {
        var q = Assert.IsType<QuantityTarget>(TargetParser.Parse(text));

        Assert.Equal((decimal)value, q.Value);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(new Magnitude((decimal)normalized, bareUnit), q.Normalized);
    }

    [Theory]
    [InlineData("95百分比", "%")]      // 百分比 is per cent, not a hundred 分比
    [InlineData("3个百分点", "个百分点")]
    [InlineData("5千米", "千米")]      // kilometre, a unit in its own right like 公里
    [InlineData("20千克", "千克")]
    [InlineData("60亩", "亩")]
    [InlineData("100%", "%")]
    public void Parse_UnitWithoutMagnitude_HasNoNormalizedValue(string text, string unit)
    {
        var q = Assert.IsType<QuantityTarget>(TargetParser.Parse(text));

        Assert.Equal(unit, q.Unit);
        Assert.Null(q.Normalized);
    }

    [Fact]
    public void Parse_RangeWithMagnitude_NormalizesTheLowerBound()
    {
        var q = Assert.IsType<QuantityTarget>(TargetParser.Parse("1万-2万人"));

        Assert.Equal((Comparison.Between, 1m, 2m, "万人"), (q.Operator, q.Value, q.UpperValue, q.Unit));
        Assert.Equal(new Magnitude(10000m, "人"), q.Normalized);
    }

    [Theory]
    [InlineData("万元", 10000, "元")]
    [InlineData("亿元", 100000000, "元")]
    [InlineData("万千瓦", 10000, "千瓦")]
    public void TrySplitMagnitude_PrefixedUnit_GivesFactorAndBareUnit(string unit, double factor, string bare)
    {
        Assert.True(TargetUnits.TrySplitMagnitude(unit, out var f, out var b));
        Assert.Equal(((decimal)factor, bare), (f, b));
    }

    [Theory]
    [InlineData("万元", true)]
    [InlineData("元/人·月", true)]
    [InlineData("万元/人", true)]
    [InlineData("亿元", true)]
    [InlineData("%", false)]
    [InlineData("万人", false)]
    public void IsMoney_Unit_TellsMoneyFromCounts(string unit, bool money) => Assert.Equal(money, TargetUnits.IsMoney(unit));
}
