using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// A date cell copied out of a spreadsheet arrives as its serial number ("44,561"); in a timeliness row (时效指标)
/// that is the date, converted and marked so the checker can warn (TIMELINESS_FORMAT).
public class ExcelSerialTests
{
    private static readonly TargetContext Timeliness = new(IndicatorTaxonomy.Timeliness);

    [Theory]
    [InlineData("44,561", 2021, 12, 31)]
    [InlineData("44561", 2021, 12, 31)]
    [InlineData("44，561", 2021, 12, 31)]
    [InlineData("４４５６１", 2021, 12, 31)]
    [InlineData("44562", 2022, 1, 1)]
    [InlineData("43831", 2020, 1, 1)]
    [InlineData("45351", 2024, 2, 29)]
    public void Parse_SerialInTimelinessRow_IsDeadlineFromSerial(string text, int year, int month, int day)
    {
        var deadline = Assert.IsType<DeadlineTarget>(TargetParser.Parse(text, Timeliness));

        Assert.Equal(new DateOnly(year, month, day), deadline.Date);
        Assert.True(deadline.FromExcelSerial);
        Assert.Equal(text, deadline.Text);
    }

    // 乌海: the 指标方向 column's = or ≤ joins the serial of the 目标值 column ("= | 45,382").
    [Theory]
    [InlineData("=45,382", 2024, 3, 31)]
    [InlineData("≤45,626", 2024, 11, 30)]
    [InlineData("<=45,626", 2024, 11, 30)]
    public void Parse_OperatorBeforeSerial_IsDeadlineFromSerial(string text, int year, int month, int day)
    {
        var deadline = Assert.IsType<DeadlineTarget>(TargetParser.Parse(text, Timeliness));

        Assert.Equal(new DateOnly(year, month, day), deadline.Date);
        Assert.True(deadline.FromExcelSerial);
    }

    [Theory]
    [InlineData("时效指标")]
    [InlineData("时效")]
    [InlineData("时效 指标")]
    [InlineData("时效指标(工期指标)")]
    public void Parse_SerialUnderLooselySpelledTimeliness_IsDeadline(string level2) =>
        Assert.Equal("deadline 2021-12-31 excel", TargetDescription.Of(TargetParser.Parse("44,561", new TargetContext(level2))));

    [Theory]
    [InlineData(null)]
    [InlineData("数量指标")]
    [InlineData("成本指标")]
    public void Parse_SerialOutsideTimelinessRow_IsPlainNumberWithoutUnit(string? level2) =>
        Assert.Equal("quantity = 44561", TargetDescription.Of(TargetParser.Parse("44,561", new TargetContext(level2))));

    [Theory]
    [InlineData("12345", "quantity = 12345")]      // below 1954: not a date anyone plans for
    [InlineData("90000", "quantity = 90000")]      // after 2119
    [InlineData("44561.5", "quantity = 44561.5")]  // a serial with a time of day is not what a form holds
    [InlineData("≥44561", "quantity ≥ 44561")]     // an operator makes it a count
    [InlineData("2022", "quantity = 2022")]
    public void Parse_NumberInTimelinessRowThatIsNoSerial_StaysQuantity(string text, string expected) =>
        Assert.Equal(expected, TargetDescription.Of(TargetParser.Parse(text, Timeliness)));

    [Fact]
    public void Format_DeadlineFromSerial_IsTheDateAndParsesToTheSameValue()
    {
        var fromSerial = TargetParser.Parse("44,561", Timeliness);

        var canonical = fromSerial.Format();

        Assert.Equal("2021年12月31日前", canonical);
        Assert.True(TargetParser.Parse(canonical, Timeliness).SameValueAs(fromSerial));
    }

    [Fact]
    public void Parse_DateInTimelinessRow_IsNotMarkedAsSerial() =>
        Assert.False(Assert.IsType<DeadlineTarget>(TargetParser.Parse("2021年12月31日前", Timeliness)).FromExcelSerial);
}
