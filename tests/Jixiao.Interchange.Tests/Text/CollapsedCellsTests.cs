using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// One cell per line under 指标方向 | 指标值 | 计量单位 | 分值 | 备注, blank cells dropped by the extraction: a deadline or a
/// worded value has neither sign nor unit, so two cells are missing from its row ("double collapse").
public class CollapsedCellsTests
{
    [Fact]
    public void CellsWithSignAndUnitDropped_ValueScoreAndRemark_StayInTheirColumns()
    {
        var result = Read("collapsed-sign-and-unit-cells.txt");
        var form = result.Declaration;

        var deadline = Named(form, "培训完成时间");
        Assert.Equal(("2025年10月31日前", null, 10m, "未按期完成不得分"), (deadline.Target.Text, deadline.Operator, deadline.Weight, deadline.Remark));
        var worded = Named(form, "基层治理能力提升");
        Assert.Equal(("明显提升", null, 20m), (worded.Target.Text, worded.Operator, worded.Weight));
        // Rows that keep their cells are read as before.
        var trained = Named(form, "培训基层干部人次");
        Assert.Equal(("≥1200人次", "人次", 20m, "按签到统计"), (trained.Target.Text, trained.Unit, trained.Weight, trained.Remark));
        Assert.Equal(("≤850元/人", "元/人", 5m), (Named(form, "人均培训成本").Target.Text, Named(form, "人均培训成本").Unit, Named(form, "人均培训成本").Weight));
        Assert.Equal(6, form.Indicators.Count);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }
}
