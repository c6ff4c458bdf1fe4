using Jixiao.Domain.Review;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// The fund table and the review boxes one cell per line (Word/HTML tables, blank cells dropped): the heading's cells
/// one per line make one heading, a source's amounts one per line fill its columns in order, and a box label broken by
/// spaces where its cell wrapped is one label — the declaration the tab version of the form gives.
public class CellsFundAndReviewTests
{
    [Fact]
    public void FundHeadingOnePerLine_AmountsOnePerLine_FillPriorAndCurrentYear()
    {
        var result = Read("nanchang-seed-cells-blank-cells-dropped.txt");
        var form = result.Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.Equal("合计", total.Name);
        Assert.Equal(3857.29m, total.PriorYear?.Value);
        Assert.Equal(10000m, total.CurrentYear?.Value);
        var appropriation = Assert.Single(total.Children, c => c.Name == "财政拨款");
        Assert.Equal((3857.29m, 10000m), (appropriation.PriorYear?.Value, appropriation.CurrentYear?.Value));
        var sameLevel = Assert.Single(appropriation.Children, c => c.Name == "本级财政安排");
        Assert.Equal((3857.29m, 10000m), (sameLevel.PriorYear?.Value, sameLevel.CurrentYear?.Value));
        Assert.DoesNotContain(result.Findings.Concat(Checked(form)), f => f.Code is "FUND_SOURCE_MATCH" or "FUND_SOURCE_SUM" or "UNPLACED_CELL");
    }

    [Fact]
    public void ReviewLabelsBrokenBySpaces_OneCellPerLine_AreFourBoxes()
    {
        var form = Read("nanchang-seed-cells-blank-cells-dropped.txt").Declaration;

        Assert.Equal(
            [
                (ReviewBoxKind.CompetentDepartment, "主管部门审核意见"),
                (ReviewBoxKind.FinanceBusiness, "市财政局业务科审核意见"),
                (ReviewBoxKind.PerformanceEvaluation, "市财政公共服务中心绩效评价科审核意见"),
                (ReviewBoxKind.CounterpartSection, "市财政局归口科室审核意见"),
            ],
            form.Reviews.Select(r => (r.Kind, r.Label)));
        Assert.All(form.Reviews, r => Assert.Null(r.Opinion));
        Assert.DoesNotContain(Read("nanchang-seed-cells-blank-cells-dropped.txt").Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void CousinForm_EmptyMarkAndUnknownPartOnTheirLines_ReadAsInTabs()
    {
        var result = Read("jiangxi-jiujiang-fund-reviews-cells.txt");
        var form = result.Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.Equal((60m, 200m), (total.PriorYear?.Value, total.CurrentYear?.Value));
        var own = Assert.Single(total.Children, c => c.Name == "自有资金");
        Assert.Null(own.PriorYear);
        Assert.Equal(20m, own.CurrentYear?.Value);
        var part = Assert.Single(own.Children);
        Assert.Equal("停车服务收入", part.Name);
        Assert.Equal(20m, part.CurrentYear?.Value);
        Assert.Equal(["主管部门审核意见", "市财政局业务科审核意见", "市财政公共服务中心绩效评价科审核意见"], form.Reviews.Select(r => r.Label));
        Assert.Equal(4, form.Indicators.Count);
        var findings = result.Findings.Concat(Checked(form)).ToList();
        Assert.DoesNotContain(findings, f => f.Code is "FUND_SOURCE_MATCH" or "FUND_SOURCE_SUM" or "UNPLACED_CELL");
    }

    [Fact]
    public void SelfEvaluationFundTable_OneCellPerLine_KeepsExtraColumnsAsInTabs()
    {
        var result = Read("xiangyang-self-evaluation-actual-score-cells.txt");
        var form = result.Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.Equal(500m, total.CurrentYear?.Value);
        Assert.Equal(["当年财政拨款", "上年结转资金", "其他资金"], total.Children.Select(c => c.Name));
        Assert.Equal([500m, 0m, 0m], total.Children.Select(c => c.CurrentYear?.Value));
        Assert.Equal(500m, form.Budget.CurrentYear?.Value);
        Assert.Equal("520", Other(form, "全年预算数（合计）"));
        Assert.Equal("468", Other(form, "全年执行数（合计）"));
        Assert.Equal("90%", Other(form, "执行率（合计）"));
        Assert.Equal("9", Other(form, "得分（合计）"));
        Assert.Equal("468", Other(form, "全年执行数（当年财政拨款）"));
        Assert.Equal("0", Other(form, "全年预算数（上年结转资金）"));
        Assert.Null(form.Budget.CarryOver);
        var findings = result.Findings.Concat(Checked(form)).ToList();
        Assert.DoesNotContain(findings, f => f.Code == "UNPLACED_CELL" && f.Line <= 44);
        Assert.DoesNotContain(findings, f => f.Code is "FUND_SOURCE_SUM" or "FIELD_UNREADABLE");
    }
}
