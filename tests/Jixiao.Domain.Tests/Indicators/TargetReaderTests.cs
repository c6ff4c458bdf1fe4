using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// A form's reader reads a repeated text once when no row can read it differently; a text its row can change (an Excel
/// serial in a timeliness row, a value after the indicator's name) is read in each row's context.
public class TargetReaderTests
{
    [Fact]
    public void Parse_SameTextUnderAnotherLevel2_SharesTheValueTheParserGives()
    {
        var reader = new TargetReader();

        var first = reader.Parse("100%", new TargetContext(IndicatorTaxonomy.Quantity, "验收合格率"));
        var second = reader.Parse("100%", new TargetContext(IndicatorTaxonomy.Timeliness, "资金到位率"));

        Assert.Same(first, second);
        Assert.Equal(TargetParser.Parse("100%", new TargetContext(IndicatorTaxonomy.Timeliness, "资金到位率")), second);
    }

    [Fact]
    public void Parse_SerialInAndOutOfTimelinessRow_ReadsEachInItsContext()
    {
        var reader = new TargetReader();

        var quantity = reader.Parse("44561", new TargetContext(IndicatorTaxonomy.Quantity));
        var deadline = reader.Parse("44561", new TargetContext(IndicatorTaxonomy.Timeliness));

        Assert.IsType<QuantityTarget>(quantity);
        Assert.True(Assert.IsType<DeadlineTarget>(deadline).FromExcelSerial);
    }

    [Fact]
    public void Parse_ValueAfterTheName_ReadsEachRowWithItsName()
    {
        var reader = new TargetReader();

        var named = reader.Parse("资金到位率达100%", new TargetContext(IndicatorTaxonomy.Quality, "资金到位率"));
        var other = reader.Parse("资金到位率达100%", new TargetContext(IndicatorTaxonomy.Quality, "验收合格率"));

        Assert.IsType<QuantityTarget>(named);
        Assert.False(Assert.IsType<QualitativeTarget>(other).Recognized);
    }

    [Theory]
    [InlineData("≥90%")]
    [InlineData("2022年12月31日前")]
    [InlineData("优")]
    [InlineData("/")]
    [InlineData("≥**个")]
    public void Parse_AnyText_EqualsTheParsersValue(string text)
    {
        var reader = new TargetReader();
        var context = new TargetContext(IndicatorTaxonomy.Quality, "指标");

        reader.Parse(text, context);

        Assert.Equal(TargetParser.Parse(text, context), reader.Parse(text, context));
    }

    [Fact]
    public void Parse_MoreTextsThanSlots_StillReadsEachRight()
    {
        var reader = new TargetReader();
        var context = new TargetContext(IndicatorTaxonomy.Quantity);

        for (var round = 0; round < 2; round++)
            for (var n = 1; n <= 20; n++)
                Assert.Equal(n, Assert.IsType<QuantityTarget>(reader.Parse($"≥{n}个", context)).Value);
    }
}
