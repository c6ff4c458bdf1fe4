using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// The canonical text (<see cref="TargetValue.Format"/>) of parsed values: what a suggestion or an export writes.
public class TargetFormatTests
{
    [Theory]
    [InlineData("不少于1,500个", "≥1500个")]
    [InlineData("1个", "=1个")]
    [InlineData("95%以上", "≥95%")]
    [InlineData("＞＝90％", "≥90%")]
    [InlineData("3个工作日内", "≤3个工作日")]
    [InlineData("≥4万人", "≥4万人")]
    [InlineData("95百分比", "=95%")]
    [InlineData("99.90%", "=99.9%")]
    [InlineData("0.000001%", "=0.000001%")]
    [InlineData("3～5个", "3个-5个")]
    [InlineData("2022年底前", "2022年12月31日前")]
    [InlineData("2022-12-31前", "2022年12月31日前")]
    [InlineData("12月底到位", "12月31日前")]
    [InlineData("2023.07-2024.01", "2023年7月-2024年1月")]
    [InlineData("2022年1月15日-2022年3月31日", "2022年1月15日-2022年3月31日")]
    [InlineData("优", "优")]
    [InlineData("优 良", "优良")]
    [InlineData("合格。", "合格")]
    [InlineData("进一步提高", "进一步提高")]
    [InlineData("≥**个", "≥**个")]
    public void Format_ParsedValue_GivesCanonicalText(string text, string canonical) =>
        Assert.Equal(canonical, TargetParser.Parse(text).Format());

    [Fact]
    public void SameValueAs_DifferentSpellingsOfOneValue_AreTheSame()
    {
        Assert.True(TargetParser.Parse("不少于1,500个").SameValueAs(TargetParser.Parse("≥1500个")));
        Assert.True(TargetParser.Parse("2022年底前").SameValueAs(TargetParser.Parse("2022.12.31前")));
        Assert.False(TargetParser.Parse("≥1500个").SameValueAs(TargetParser.Parse(">1500个")));
        Assert.False(TargetParser.Parse("12月31日前").SameValueAs(TargetParser.Parse("2022年12月31日前")));
    }
}
