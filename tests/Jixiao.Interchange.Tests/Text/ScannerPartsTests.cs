using Jixiao.Interchange.Text;

namespace Jixiao.Interchange.Tests.Text;

/// The small readers the form scanner asks on every row or cell: what they answer, whichever way they look it up.
public class ScannerPartsTests
{
    [Theory]
    [InlineData("合计", "合计", 0)]
    [InlineData("总 计", "总计", 0)]
    [InlineData("(一)财政拨款", "财政拨款", 1)]
    [InlineData("财政拨款", "财政拨款", 1)]
    [InlineData("其中：1.上级财政拨款", "上级财政拨款", 2)]
    [InlineData("其中：上级财政资金", "上级财政拨款", 2)]
    [InlineData("本级财政", "本级财政安排", 2)]
    [InlineData("下级财政资金", "下级财政配套", 2)]
    [InlineData("2. 经营性收入", "经营性收入", 2)]
    [InlineData("(一) 事业收入", "事业收入", 1)]
    [InlineData("财政拨款小计", "财政拨款", 1)]
    [InlineData("财政专户拨款", "财政专户拨款", -1)]
    [InlineData("(二)财政专户拨款", "财政专户拨款", 1)]
    [InlineData("资金总额：", "资金总额", 0)]
    public void FundSectionClean_KnownAndUnknownNames_CanonicalNameAndDepth(string printed, string name, int depth) =>
        Assert.Equal((name, depth), FundSection.Clean(printed));

    [Theory]
    [InlineData("当前位置：首页 > 通知公告", true)]
    [InlineData("发布时间：2022-01-19", true)]
    [InlineData("更多请访问 www.example.gov.cn", true)]
    [InlineData("版权所有 南昌市人民政府", true)]
    [InlineData("项目资金来源上年度资金发展规划", false)]
    [InlineData("南昌市数据共享和开放一体化平台数据库完善≥16个", false)]
    [InlineData("项目单位：南昌市政务服务数据管理局 发布", false)]
    [InlineData("来源", false)]
    public void WebNoiseIsNoise_LineWithOrWithoutPageWords_SaysSo(string line, bool noise)
    {
        var row = new SourceRow { Line = 1, Layout = RowLayout.Text, Cells = [new SourceCell(ChineseText.Normalize(line), 0)], Raw = line };
        Assert.Equal(noise, WebNoise.IsNoise(row));
    }

    [Theory]
    [InlineData("项 目 名 称：2022 年市大数据发展专项资金", nameof(LabelMeaning.ProjectName), "项 目 名 称")]
    [InlineData("项目负责人 郭铁梅", nameof(LabelMeaning.ProjectLead), "项目负责人")]
    [InlineData("项目总预算（万元） 96.4", nameof(LabelMeaning.BudgetTotal), "项目总预算")]
    public void LabelTrieTryMatch_LabelAtStart_LongestLabelAndItsEnd(string text, string meaning, string printed)
    {
        Assert.True(FormLabels.Trie.TryMatch(text, 0, needBoundary: true, out var found, out var span));
        Assert.Equal(meaning, found.ToString());
        Assert.Equal(printed, text[..span.LabelEnd]);
    }

    [Theory]
    [InlineData("项目名称规范性")]
    [InlineData("南昌市预算绩效目标申报表")]
    public void LabelTrieTryMatch_NoLabelFollowedByABoundary_False(string text) =>
        Assert.False(FormLabels.Trie.TryMatch(text, 0, needBoundary: true, out _, out _));

    [Theory]
    [InlineData("2022年1月至2022年12月", 2022, 1, 1, 2022, 12, 31)]
    [InlineData("二〇二二年一月至二〇二二年十二月", 2022, 1, 1, 2022, 12, 31)]
    [InlineData("2024-01-01-2024-12-31", 2024, 1, 1, 2024, 12, 31)]
    [InlineData("2023年", 2023, 1, 1, 2023, 12, 31)]
    public void FormValuesTryParsePeriod_StartAndEnd_BothDates(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        Assert.True(FormValues.TryParsePeriod(text, out var start, out var end));
        Assert.Equal(new DateOnly(y1, m1, d1), start);
        Assert.Equal(new DateOnly(y2, m2, d2), end);
    }

    [Fact]
    public void FormValuesTryParsePeriod_OneFullDate_NoPeriod() =>
        Assert.False(FormValues.TryParsePeriod("2022年1月1日", out _, out _));
}
