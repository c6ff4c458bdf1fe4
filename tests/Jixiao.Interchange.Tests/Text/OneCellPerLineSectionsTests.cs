using Jixiao.Domain.Budget;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Json;
using Jixiao.Interchange.Text;
using Jixiao.Testing;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Hunan's 项目绩效目标表 extracted one cell per line (samples/test-forms/hunan-target-table-cells.txt, and the same with
/// blank cells kept as a line of spaces): the sections whose columns are known — 资金总额及构成, 项目实施进度计划, the
/// 长期目标 | 年度目标 pair and the review boxes — regroup their cells into the rows of the tab-separated form.
public class OneCellPerLineSectionsTests
{
    private const string CellsForm = "hunan-target-table-cells.txt";

    [Theory]
    [InlineData(CellsForm)]
    [InlineData("hunan-target-table-cells-with-blanks.txt")]
    public void CellsForm_ReadsTheSameAsTheTabForm_AndNothingIsUnplaced(string fileName)
    {
        var cells = Read(fileName);
        var tabs = Read("hunan-target-table.txt");

        // The declaration's JSON carries no line numbers: the two layouts must give the same text.
        Assert.Equal(DeclarationJson.Serialize(tabs.Declaration), DeclarationJson.Serialize(cells.Declaration));
        Assert.Empty(cells.Findings);
    }

    [Fact]
    public void FundComposition_AmountWithItsPartsOnTheNextLine_IsTheFundTree_AndAddsUp()
    {
        var form = Read(CellsForm).Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.Equal((FundSourceNames.Total, new WanYuan(420m)), (total.Name, total.CurrentYear));
        Assert.Equal(
            [(FundSourceNames.FiscalAppropriation, 380m), (FundSourceNames.OwnFunds, 10m), (FundSourceNames.OtherFunds, 30m)],
            total.Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        Assert.Equal([(FundSourceNames.FromHigherLevel, 150m), (FundSourceNames.SameLevel, 230m)],
            total.Children[0].Children.Select(c => (c.Name, c.CurrentYear!.Value.Value)));
        Assert.DoesNotContain(DeclarationChecker.Run(form), f => f.Code.StartsWith("FUND_", StringComparison.Ordinal));
    }

    [Fact]
    public void GoalHeadingsOnePerLine_TheirValuesFollowInTheSameOrder()
    {
        var form = Read(CellsForm).Declaration;

        Assert.Equal(("到2027年行政村文化广场全覆盖", "建成文化广场12个，配套健身器材60套"), (form.OverallGoal, form.AnnualGoal));
    }

    [Fact]
    public void TickBoxesOnTheLineBelowTheirLabel_GiveTheTickedOption()
    {
        var form = Read(CellsForm).Declaration;

        // 项目属性, then 新增项目√  延续项目□ on the next line.
        Assert.Equal("新增项目", form.ProjectAttribute);
    }

    [Fact]
    public void ProgressPlan_EachItemTakesACellPerColumn()
    {
        var form = Read(CellsForm).Declaration;

        Assert.Equal(["1.选址与设计：2025年2月至2025年3月", "2.广场施工：2025年4月至2025年10月", "3.验收移交：2025年11月至2025年12月"],
            Others(form, ProgressPlan.Label));
    }

    [Fact]
    public void ReviewBoxes_TakeTheLinesBelowTheirLabel_UpToTheDate_FinanceBureauSectionsIncluded()
    {
        var form = Read(CellsForm).Declaration;

        Assert.Equal(
            [
                new ReviewBox { Kind = ReviewBoxKind.CompetentDepartment, Label = "主管部门审核意见", Opinion = "同意申报", Reviewer = "吴刚", Date = new DateOnly(2025, 1, 15) },
                new ReviewBox { Kind = ReviewBoxKind.FinanceBusiness, Label = "市财政局审核意见（业务科室）", Opinion = "同意", Reviewer = "刘洋", Date = new DateOnly(2025, 1, 22) },
                new ReviewBox { Kind = ReviewBoxKind.PerformanceEvaluation, Label = "市财政局审核意见（绩效科）", Opinion = "目标明确，指标可衡量", Reviewer = "陈静", Date = new DateOnly(2025, 1, 25) },
                new ReviewBox { Kind = ReviewBoxKind.Other, Label = "第三方机构审核意见", Opinion = "基本合理", Reviewer = "孙丽", Date = new DateOnly(2025, 1, 20) },
            ],
            form.Reviews);
    }
}
