using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Interchange.Tests.Excel;

public class ForeignWorkbookTests
{
    private static readonly int Dec31 = new DateOnly(2023, 12, 31).DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    /// A form another program saved: instructions on the first sheet; the form from column B on the second, with
    /// shared strings, header lines as "label：value" in one cell, no merged cells, level 1 repeated on every row,
    /// spellings of other regions (产出, 数量), a percentage and a date as numbers, a formula with its cached value.
    private static byte[] Build(string nameHeading = "三级指标", string targetHeading = "指标值") => new ForeignWorkbook()
        .Sheet("填表说明")
        .Text(2, 2, "填表说明：请在下一个工作表填写申报表。")
        .Text(3, 2, "1. 金额单位为万元。")
        .Sheet("Sheet1")
        .Text(2, 2, "东莞市预算绩效目标申报表", ForeignWorkbook.Bold)
        .Row(3, 2, "(2023 年度)")
        .Row(4, 2, "项 目 名 称：城市道路养护")
        .Row(5, 2, "编报部门(盖章)：东莞市交通运输局")
        .Row(6, 2, "部 门 负 责 人：黄某")
        .Row(7, 2, "部 门 预 算 编 码：012001")
        .Row(8, 2, "编 报 时 间：2023 年 2 月 1 日")
        .Row(10, 2, "项目基本情况", null, null, null, null, "单位：万元")
        .Row(11, 2, "项目名称", "城市道路养护")
        .Row(12, 2, "项目负责人", "陈工", "联系人", "刘工", "联系电话", 13800138000.0)
        .Row(13, 2, "起始日期", "2023-01-01", "结束日期")
        .Number(13, 5, Dec31, ForeignWorkbook.SlashDate)
        .Row(14, 2, "项目概况", "全市主干道日常养护。")
        .Row(15, 2, "立项依据", "《东莞市道路养护管理办法》")
        .Row(16, 2, "年度绩效目标", "完成养护里程 120 公里。")
        .Row(17, 2, "项目总预算", "1,200.50", "本年度申请预算", 1000, "结转结余总额")
        .Formula(17, 7, "C17-E17", 200.5)
        .Row(18, 2, "项目预算资金来源构成", "项目资金来源", "上年度资金", "本年度资金")
        .Row(19, 3, "合计", 200.5, 1000)
        .Row(20, 3, "（一）财政拨款", 200.5, 1000)
        .Row(21, 3, "其中：1.上级财政拨款", null, 300)
        .Row(22, 3, "2.本级财政安排", 200.5, 700)
        .Row(23, 3, "（二）自有资金")
        .Row(24, 3, "（三）其它资金")
        .Row(26, 2, "项目绩效目标")
        .Row(27, 2, "一级指标", "二级指标", nameHeading, targetHeading, "计量单位", "分值")
        .Row(28, 2, "产出", "数量", "养护道路里程", "≥120公里", "公里", 10)
        .Row(29, 2, "产出", null, "修补坑槽", "≥500处", null, "5分")
        .Row(30, 2, "产出", "质量指标", "养护合格率")
        .Number(30, 5, 0.98, ForeignWorkbook.Percent)
        .Row(31, 2, "产出", "时效指标", "完成时间")
        .Number(31, 5, Dec31, ForeignWorkbook.SlashDate)
        .Row(32, 2, "效益", "社会效益", "道路通行状况", "明显改善")
        .Row(33, 2, "满意度指标", "服务对象满意度", "市民满意度", "≥85%")
        .Row(35, 2, "主管部门审核意见", "同意。")
        .Row(36, 3, "审核人（盖章）：张三 2023年2月10日")
        .Row(37, 2, "市财政局业务科审核意见")
        .Row(38, 3, "审核人（盖章）：      年   月   日")
        .Row(40, 2, "注：1. 金额单位为万元；")
        .Row(41, 2, "2. 指标值须可衡量。")
        .Save();

    /// Headings seen on other regions' extracted forms are read in a workbook too (one list for both readers).
    [Theory]
    [InlineData("指标内容", "当年预期实现值")]
    [InlineData("绩效指标名称", "年度数值")]
    public void Import_IndicatorHeadingsOfOtherRegions_ReadsTheSameIndicators(string nameHeading, string targetHeading)
    {
        var expected = TestFiles.Import(TestFiles.Keep(Build(), "foreign-writer.xlsx"), "foreign-writer.xlsx").Declaration.Indicators;

        var read = TestFiles.Import(TestFiles.Keep(Build(nameHeading, targetHeading), "foreign-headings.xlsx"), "foreign-headings.xlsx").Declaration.Indicators;

        Assert.Equal(6, read.Count);
        Assert.Equal(expected.Select(i => (i.Name, i.Target.Text)), read.Select(i => (i.Name, i.Target.Text)));
    }

    [Fact]
    public void Import_WorkbookSavedByAnotherProgram_ReadsTheFormByItsLabels()
    {
        var result = TestFiles.Import(TestFiles.Keep(Build(), "foreign-writer.xlsx"), "foreign-writer.xlsx");

        Indicator Row(string level1, string level2, string name, string target) =>
            new() { Level1 = level1, Level2 = level2, Name = name, Target = TargetValue.Parse(target, new TargetContext(level2)) };
        var deadline = new DeadlineTarget(2023, 12, 31);
        DeclarationAssert.Equal(
            new Declaration
            {
                Title = "东莞市预算绩效目标申报表",
                Year = 2023,
                Region = "东莞市",
                ProjectName = "城市道路养护",
                Department = "东莞市交通运输局",
                DepartmentHead = "黄某",
                BudgetCode = "012001",
                FiledOn = new DateOnly(2023, 2, 1),
                ProjectLead = "陈工",
                ContactPerson = "刘工",
                ContactPhone = "13800138000",
                StartDate = new DateOnly(2023, 1, 1),
                EndDate = new DateOnly(2023, 12, 31),
                Overview = "全市主干道日常养护。",
                AnnualGoal = "完成养护里程 120 公里。",
                OtherFields = [new FormField("立项依据", "《东莞市道路养护管理办法》")],
                Budget = new BudgetSummary { Total = new WanYuan(1200.50m), CurrentYear = new WanYuan(1000m), CarryOver = new WanYuan(200.5m) },
                FundSources =
                [
                    new FundSource
                    {
                        Name = "合计", PriorYear = new WanYuan(200.5m), CurrentYear = new WanYuan(1000m),
                        Children =
                        [
                            new FundSource
                            {
                                Name = "财政拨款", PriorYear = new WanYuan(200.5m), CurrentYear = new WanYuan(1000m),
                                Children =
                                [
                                    new() { Name = "上级财政拨款", CurrentYear = new WanYuan(300m) },
                                    new() { Name = "本级财政安排", PriorYear = new WanYuan(200.5m), CurrentYear = new WanYuan(700m) },
                                ],
                            },
                            new FundSource { Name = "自有资金" },
                            new FundSource { Name = "其它资金" },
                        ],
                    },
                ],
                Indicators =
                [
                    Row(Output, Quantity, "养护道路里程", "≥120公里") with { Unit = "公里", Weight = 10m },
                    Row(Output, Quantity, "修补坑槽", "≥500处") with { Weight = 5m },
                    Row(Output, Quality, "养护合格率", "98%"),
                    Row(Output, Timeliness, "完成时间", "") with { Target = deadline with { Text = "2023年12月31日前" } },
                    Row(Benefit, Social, "道路通行状况", "明显改善"),
                    Row(Satisfaction, ServiceSatisfaction, "市民满意度", "≥85%"),
                ],
                Reviews =
                [
                    new ReviewBox { Kind = ReviewBoxKind.CompetentDepartment, Label = "主管部门审核意见", Opinion = "同意。", Reviewer = "张三", Date = new DateOnly(2023, 2, 10) },
                    new ReviewBox { Kind = ReviewBoxKind.FinanceBusiness, Label = "市财政局业务科审核意见" },
                ],
                Notes = ["金额单位为万元；", "指标值须可衡量。"],
            },
            result.Declaration);
        Assert.Empty(result.Findings);
        Assert.Equal("Sheet1!E30", result.Sources.Find("indicators[2].target")?.Cell);
        Assert.Equal("Sheet1!B4", result.Sources.Find("projectName")?.Cell);
    }
}
