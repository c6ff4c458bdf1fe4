using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Fund tables (项目资金（万元）) printed by `pdftotext -layout`: the amount columns' headings on the heading line, each
/// source's name in an unheaded column and its amounts padded under the headings. Each reads as the tab-separated form
/// of the same table does.
public class PaddedFundTableTests
{
    [Fact]
    public void SelfEvaluationFundTable_PaddedUnderItsHeadings_ReadsAsInTabs()
    {
        var result = Read("xiangyang-self-evaluation-layout-spaces.txt");
        var form = result.Declaration;

        // Read as tokens, a source's amounts ran together ("500 520 468 10 90% 9") and the budget stayed empty.
        var total = Assert.Single(form.FundSources);
        Assert.Equal(500m, total.CurrentYear?.Value);
        Assert.Equal(["当年财政拨款", "上年结转资金", "其他资金"], total.Children.Select(c => c.Name));
        Assert.Equal([500m, 0m, 0m], total.Children.Select(c => c.CurrentYear?.Value));
        Assert.Equal(500m, form.Budget.Total?.Value);
        Assert.Equal(500m, form.Budget.CurrentYear?.Value);
        Assert.Null(form.Budget.CarryOver);
        // The columns the model has no member for are kept under their headings, per source.
        Assert.Equal("520", Other(form, "全年预算数（合计）"));
        Assert.Equal("468", Other(form, "全年执行数（合计）"));
        Assert.Equal("10", Other(form, "分值（合计）"));
        Assert.Equal("90%", Other(form, "执行率（合计）"));
        Assert.Equal("9", Other(form, "得分（合计）"));
        Assert.Equal("468", Other(form, "全年执行数（当年财政拨款）"));
        Assert.Null(Other(form, "上年结转"));
        Assert.DoesNotContain(result.Findings, f => f.Code is "UNPLACED_CELL" or "FIELD_UNREADABLE" && f.Line <= 11);
        // The indicator table below is read as before.
        Assert.Equal(5, form.Indicators.Count);
    }

    [Fact]
    public void FundTableWithTightColumns_SplitsAmountsByTheHeadingTheyStandUnder()
    {
        var result = Read("hunan-changde-self-evaluation-funds-layout-spaces.txt");
        var form = result.Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.Equal(350m, total.CurrentYear?.Value);
        Assert.Equal(["财政拨款", "上年结转资金", "其他资金"], total.Children.Select(c => c.Name));
        Assert.Equal([300m, 50m, 0m], total.Children.Select(c => c.CurrentYear?.Value));
        Assert.Equal(350m, form.Budget.CurrentYear?.Value);
        // "93.3% 9.3", one space apart where the columns are tight: each under its own heading.
        Assert.Equal("93.3%", Other(form, "执行率（合计）"));
        Assert.Equal("9.3", Other(form, "得分（合计）"));
        Assert.Equal("362.50", Other(form, "全年预算数（合计）"));
        Assert.Equal("48.10", Other(form, "全年执行数（上年结转资金）"));
        // A line that stops after the amounts (其他资金 with no rate or score) keeps its amounts in their columns.
        Assert.Equal("0", Other(form, "全年执行数（其他资金）"));
        var findings = result.Findings.Concat(Checked(form)).ToList();
        Assert.DoesNotContain(findings, f => f.Code is "UNPLACED_CELL" or "FIELD_UNREADABLE" && f.Line <= 10);
        Assert.DoesNotContain(findings, f => f.Code is "FUND_SOURCE_SUM" or "FUND_SOURCE_MATCH");
        Assert.Equal(("产出指标", "数量指标", "整治黑臭水体数量", "5处"), Tree(Named(form, "整治黑臭水体数量")));
    }
}
