using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// A hostile file may put megabytes into one cell: the parser must neither overflow its stack nor take the text for a value.
public class TargetParserLongInputTests
{
    [Theory]
    [InlineData("每月", "1次")]
    [InlineData("≥95", "（抽样）")]
    [InlineData("", "个")]
    public void Parse_ValueOfAMillionCharacters_IsKeptAsText(string start, string end)
    {
        var text = start + new string('甲', 1_000_000) + end;

        var value = TargetParser.Parse(text);

        Assert.IsType<QualitativeTarget>(value);
        Assert.Equal(text, value.Text);
    }
}
