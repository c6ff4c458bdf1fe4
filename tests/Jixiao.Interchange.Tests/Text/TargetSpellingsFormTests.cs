using Jixiao.Domain.Indicators;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// A published form's target spellings that the value grammar did not read (samples/test-forms/
/// xinjiang-county-changes-and-hours-pipes.txt): a change, daily hours, a date and the work done by then, a number in
/// Chinese numerals. The reader already placed every cell; what changes is that the values are understood.
public class TargetSpellingsFormTests
{
    private const string Form = "xinjiang-county-changes-and-hours-pipes.txt";

    [Fact]
    public void Read_EveryValue_IsUnderstoodAndNothingIsUnparseable()
    {
        var result = Read(Form);
        var form = result.Declaration;

        Assert.Equal(13, form.Indicators.Count);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Code is "VALUE_UNPARSEABLE" or "TIMELINESS_FORMAT" or "UNIT_MISSING");
    }

    [Theory]
    [InlineData("渠系水利用系数", "提高0.05", TargetChange.Increase, Comparison.Equal, "0.05", "")]
    [InlineData("灌区农民人均收入", "同比增长5%", TargetChange.Increase, Comparison.Equal, "5", "%")]
    [InlineData("渠道渗漏损失率", "降低2个百分点", TargetChange.Decrease, Comparison.Equal, "2", "个百分点")]
    [InlineData("宣传活动次数", "不少于两次", TargetChange.None, Comparison.AtLeast, "2", "次")]
    [InlineData("维修响应时间", "三个工作日内", TargetChange.None, Comparison.AtMost, "3", "个工作日")]
    public void Read_ChangeOrNumberInWords_IsAQuantity(string name, string text, TargetChange change, Comparison op, string value, string unit)
    {
        var target = Assert.IsType<QuantityTarget>(Named(Read(Form).Declaration, name).Target);

        Assert.Equal(text, target.Text);
        Assert.Equal(change, target.Change);
        Assert.Equal(op, target.Operator);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), target.Value);
        Assert.Equal(unit, target.Unit);
    }

    [Theory]
    [InlineData("广场开放时间", 6, 0, 23, 0, false)]
    [InlineData("咨询窗口服务时间", 9, 0, 17, 0, true)]
    public void Read_DailyHours_AreAPeriodOfTheDay(string name, int fromHour, int fromMinute, int toHour, int toMinute, bool workingDays)
    {
        var target = Assert.IsType<DailyHoursTarget>(Named(Read(Form).Declaration, name).Target);

        Assert.Equal(TargetKind.Period, target.Kind);
        Assert.Equal(new TimeSpan(fromHour, fromMinute, 0), target.From);
        Assert.Equal(new TimeSpan(toHour, toMinute, 0), target.To);
        Assert.Equal(workingDays, target.WorkingDaysOnly);
    }

    [Fact]
    public void Read_DateAndTheWorkDoneByThen_IsADeadline()
    {
        var target = Assert.IsType<DeadlineTarget>(Named(Read(Form).Declaration, "项目规划完成时间").Target);

        Assert.Equal(new DateOnly(2021, 12, 31), target.Date);
        Assert.Equal("2021年12月底完成项目规划相关工作。", target.Text);
    }
}
