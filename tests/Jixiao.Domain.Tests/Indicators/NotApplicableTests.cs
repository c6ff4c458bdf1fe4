using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// An empty cell and a not-applicable mark are both "no target" (MISSING_VALUE); the mark is kept as written.
public class NotApplicableTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    [InlineData("　")]
    public void Parse_EmptyCell_IsTheMissingInstance(string? text) =>
        Assert.Same(MissingTarget.Instance, TargetParser.Parse(text));

    [Theory]
    [InlineData("/")]
    [InlineData("／")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("\\")]
    [InlineData("不适用")]
    [InlineData("N/A")]
    public void Parse_NotApplicableMark_IsMissingAndKeepsTheMark(string text)
    {
        var missing = Assert.IsType<MissingTarget>(TargetParser.Parse(text));

        Assert.Equal(text, missing.Text);
        Assert.True(missing.IsNotApplicableMark);
        Assert.Equal(TargetKind.Missing, missing.Kind);
        Assert.Equal("", missing.Format());
        Assert.True(missing.SameValueAs(MissingTarget.Instance));
    }

    [Fact]
    public void Parse_Wu_IsAPhraseStatingNoneAtAll()
    {
        // "无" on 安全事故 or 投诉 is the target (none at all), not a blank.
        var phrase = Assert.IsType<QualitativeTarget>(TargetParser.Parse("无", new TargetContext(IndicatorTaxonomy.Quality)));

        Assert.Equal("无", phrase.Phrase);
        Assert.True(phrase.Recognized);
        Assert.False(phrase.IsVague);
    }

    [Fact]
    public void Parse_EmptyCell_IsNoMark() => Assert.False(MissingTarget.Instance.IsNotApplicableMark);
}
