using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// A value cell that repeats the indicator's name before the value ("资金到位率达100%" under 资金到位率, on a
/// 财政支出绩效目标申报表 sheet): a reviewer reads the value after the name, so the parser, given the name, does too and
/// keeps the whole cell as the text.
public class NameBeforeValueTests
{
    [Theory]
    [InlineData("资金到位率达100%", "资金到位率", "quantity ≥ 100%")]
    [InlineData("预算执行率达到95%以上", "预算执行率", "quantity ≥ 95%")]
    [InlineData("群众满意度达到90%以上", "群众满意度", "quantity ≥ 90%")]
    [InlineData("项目验收合格率为100%", "项目验收合格率", "quantity = 100%")]
    [InlineData("项目验收合格率：100%", "项目验收合格率", "quantity = 100%")]
    [InlineData("培训人数不少于500人", "培训人数", "quantity ≥ 500人")]
    [InlineData("完成时间为2024年12月31日前", "完成时间", "deadline 2024-12-31")]
    [InlineData("资金到位率 达 100%", "资金到位率", "quantity ≥ 100%")]
    [InlineData("渠系水利用系数提高0.05", "渠系水利用系数", "quantity increase = 0.05")]
    [InlineData("农民人均收入同比增长5%", "农民人均收入", "quantity increase = 5%")]
    public void Parse_NameThenValue_IsTheValue_AndKeepsTheText(string text, string name, string expected)
    {
        var value = TargetParser.Parse(text, new TargetContext(null, name));

        Assert.Equal(expected, TargetDescription.Of(value));
        Assert.Equal(text, value.Text);
        // The canonical text parses back to the same value without the name.
        Assert.True(TargetParser.Parse(value.Format()).SameValueAs(value));
    }

    [Theory]
    // Without the name, or under another name, the cell stays unreadable: the checker still reports it.
    [InlineData("资金到位率达100%", null, "unrecognized")]
    [InlineData("资金到位率达100%", "预算执行率", "unrecognized")]
    // Only the whole name counts, and only a value after it: a name alone, or a phrase after it, is read as today.
    [InlineData("到位率达100%", "资金到位率", "unrecognized")]
    [InlineData("资金到位率", "资金到位率", "phrase")]
    [InlineData("资金到位率较上年提高3个百分点左右的水平上", "资金到位率", "unrecognized")]
    // A value read without the name is read the same with it.
    [InlineData("≥95%", "资金到位率", "quantity ≥ 95%")]
    public void Parse_NameThenValue_OnlyWithThatNameAndAValue(string text, string? name, string expected) =>
        Assert.Equal(expected, TargetDescription.Of(TargetParser.Parse(text, new TargetContext(null, name))));
}
