using Jixiao.Interchange.Text;

namespace Jixiao.Interchange.Tests.Text;

public class ChineseTextTests
{
    [Theory]
    [InlineData("项 目 名 称", "项目名称")]
    [InlineData("2022 年 1 月 19 日", "2022年1月19日")]
    [InlineData("PPP 项目", "PPP项目")]
    [InlineData("“i 南昌智管平台”", "“i南昌智管平台”")]
    [InlineData("服务 39 套", "服务39套")]
    [InlineData("Windows 10 系统", "Windows 10系统")]
    [InlineData("  市财政公 共服务中 心 绩效评价 科\u3000", "市财政公共服务中心绩效评价科")]
    public void Normalize_RemovesSpacesExceptBetweenLatinWordsAndNumbers(string printed, string expected) =>
        Assert.Equal(expected, ChineseText.Normalize(printed));

    [Theory]
    [InlineData("2022 年 1 月 19 日", 2022, 1, 19)]
    [InlineData("2022-01-19", 2022, 1, 19)]
    [InlineData("2022/1/9", 2022, 1, 9)]
    [InlineData("2022.12.31", 2022, 12, 31)]
    [InlineData("20220119", 2022, 1, 19)]
    [InlineData("二〇二二年一月十九日", 2022, 1, 19)]
    [InlineData("二○二二年元月九日", 2022, 1, 9)]
    [InlineData("二零二二年十二月三十一日", 2022, 12, 31)]
    [InlineData("二〇二三年十月二十日", 2023, 10, 20)]
    [InlineData("２０２２年１月１９日", 2022, 1, 19)]
    public void TryParseDate_ReadsTheSpellingsOfForms(string text, int year, int month, int day)
    {
        Assert.True(FormValues.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2022年")]
    [InlineData("2022年2月30日")]
    [InlineData("年 月 日")]
    [InlineData("长期")]
    [InlineData("二〇二二年十三月一日")]
    [InlineData("二〇二二年一月三十二日")]
    [InlineData("一年内")]
    [InlineData("二〇二二年一月十九十日")]
    public void TryParseDate_RejectsWhatIsNotADay(string text) => Assert.False(FormValues.TryParseDate(text, out _));

    [Theory]
    [InlineData("2024年1月1日至2024年12月31日", "2024-01-01", "2024-12-31")]
    [InlineData("2024-01-01—2024-12-31", "2024-01-01", "2024-12-31")]
    [InlineData("2024-01-01-2024-06-30", "2024-01-01", "2024-06-30")]
    [InlineData("2024年1月-2024年12月", "2024-01-01", "2024-12-31")]
    [InlineData("2024.3~2025.2", "2024-03-01", "2025-02-28")]
    [InlineData("2024年-2026年", "2024-01-01", "2026-12-31")]
    [InlineData("二〇二四年一月至二〇二四年十二月", "2024-01-01", "2024-12-31")]
    [InlineData("2024年1月-12月", "2024-01-01", "2024-12-31")]
    [InlineData("2024年3月1日至6月30日", "2024-03-01", "2024-06-30")]
    [InlineData("2024年", "2024-01-01", "2024-12-31")]
    [InlineData("2024年3月", "2024-03-01", "2024-03-31")]
    [InlineData("2024-12", "2024-12-01", "2024-12-31")]
    [InlineData("2024年度", "2024-01-01", "2024-12-31")]
    public void TryParsePeriod_ReadsAStartAndAnEnd(string text, string start, string end)
    {
        Assert.True(FormValues.TryParsePeriod(text, out var from, out var to));
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (from, to));
    }

    [Theory]
    [InlineData("2024年12月31日至2024年1月1日")]
    [InlineData("一年")]
    [InlineData("2024年13月-2024年12月")]
    [InlineData("长期")]
    [InlineData("2024-03-01")]
    [InlineData("3年")]
    public void TryParsePeriod_RejectsWhatIsNotAPeriod(string text) => Assert.False(FormValues.TryParsePeriod(text, out _, out _));

    [Theory]
    [InlineData("3年", true)]
    [InlineData("三年", true)]
    [InlineData("36个月", true)]
    [InlineData("180天", true)]
    [InlineData("2024年", false)]
    [InlineData("12月", false)]
    [InlineData("2024年度", false)]
    public void IsDuration_IsAShortCountOfTime(string text, bool duration) => Assert.Equal(duration, FormValues.IsDuration(text));
}
