using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Text;
using Jixiao.Testing;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Indicator tables of the layouts a second probe of real forms found (samples/test-forms/): each read into the tree,
/// with the findings the misreading caused gone.
public class MoreTablesTests
{
    [Fact]
    public void TwoRowHeading_IndicatorOverLevelColumns_KeepsEveryColumnInPlace()
    {
        // 指标 merged over 一级指标 | 二级指标 on the first row, with 指标内容 | 指标值 beside it (四川).
        var result = Read("two-row-level-heading.txt");
        var form = result.Declaration;

        Assert.Equal(
            [
                ("产出指标", "数量指标", "购置全自动病理切片机数量", "2台"),
                ("产出指标", "质量指标", "设备安装调试合格率", "100%"),
                ("产出指标", "时效指标", "设备验收完成时间", "2025年10月31日前"),
                ("产出指标", "成本指标", "单台设备采购价格", "≤96万元"),
                ("效益指标", "社会效益指标", "年病理诊断能力", "≥1.2万例"),
                ("效益指标", "社会效益指标", "病理报告平均出具时间", "≤4天"),
                ("效益指标", "可持续影响指标", "设备使用年限", "≥6年"),
                ("满意度指标", "服务对象满意度指标", "临床科室满意度", "≥90%"),
            ],
            form.Indicators.Select(Tree));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Location.StartsWith("indicators", StringComparison.Ordinal));
        Assert.DoesNotContain(Checked(form), f => f.Code is "MISSING_VALUE" or "TAXONOMY");
    }

    [Fact]
    public void CaptionWithLongNoteBeforeHeading_SpaceSeparated_ReadsEveryRowWithItsColumns()
    {
        // 绩效指标(权重分值90分，其中…) 一级指标 … (乌海), and rows whose empty cells left no trace.
        var result = Read("caption-and-extra-columns-spaces.txt");
        var form = result.Declaration;

        Assert.Equal(
            [
                ("产出指标", "数量指标", "宣传活动场次", "≥30场"),
                ("产出指标", "数量指标", "入户指导志愿者人数", "=12"),
                ("产出指标", "数量指标", "宣传手册发放份数", "≥8,000份"),
                ("产出指标", "时效指标", "项目资金到位时间", "=45,747"),
                ("产出指标", "时效指标", "宣传活动完成时间", "≤45,961"),
                ("产出指标", "成本指标", "单场活动成本", "≤0.25万元/场"),
                ("效益指标", "社会效益指标", "居民垃圾分类知晓率", "≥85%"),
                ("效益指标", "可持续影响指标", "社区垃圾分类督导机制", "建立"),
                ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
            ],
            form.Indicators.Select(Tree));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Location.StartsWith("indicators", StringComparison.Ordinal));
    }

    [Fact]
    public void SpaceSeparatedRow_WithNatureDirectionUnitAndScore_FillsEachColumn()
    {
        var form = Read("caption-and-extra-columns-spaces.txt").Declaration;

        var sessions = Named(form, "宣传活动场次");
        Assert.Equal((IndicatorDirection.Positive, "≥", "场", 10m), (sessions.Direction!.Value, sessions.Operator, sessions.Unit, sessions.Weight));
        var cost = Named(form, "单场活动成本");
        Assert.Equal((IndicatorDirection.Reverse, "≤", "万元/场", 6m), (cost.Direction!.Value, cost.Operator, cost.Unit, cost.Weight));
        // The unit cell was empty: the number after the value is the score, not a unit.
        var volunteers = Named(form, "入户指导志愿者人数");
        Assert.Equal((null, 8m), (volunteers.Unit, volunteers.Weight));
        Assert.Equal(10m, Named(form, "社区垃圾分类督导机制").Weight);
        // Only the row that really has no unit is told so.
        var unitMissing = Assert.Single(Checked(form), f => f.Code == "UNIT_MISSING");
        Assert.Contains("入户指导志愿者人数", unitMissing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpaceSeparatedRow_WithoutCaption_SplitsNameFromItsColumns()
    {
        const string text = "项目名称 社区消防宣传\n一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值 备注\n"
            + "产出指标 数量指标 宣传活动场次 正向 ≥ 40 场 8\n满意度指标 服务对象满意度指标 社区居民满意度 正向 ≥ 90 % 10\n";

        var form = TextFormReader.Read(text, "spaces.txt").Declaration;

        var first = form.Indicators[0];
        Assert.Equal(("宣传活动场次", "≥40场", IndicatorDirection.Positive, 8m), (first.Name, first.Target.Text, first.Direction!.Value, first.Weight));
        Assert.Equal(("社区居民满意度", "≥90%", 10m), (form.Indicators[1].Name, form.Indicators[1].Target.Text, form.Indicators[1].Weight));
        Assert.DoesNotContain(Checked(form), f => f.Code == "UNIT_MISSING");
    }

    [Theory]
    [InlineData("caption-and-extra-columns-spaces.txt")]
    [InlineData("caption-before-heading-tabs.txt")]
    public void ExcelSerial_InValueAndUnitColumns_IsADeadline(string fileName)
    {
        // "= 45,961 45,961": the spreadsheet printed the date's serial in 目标值 and in 计量单位.
        var form = Read(fileName).Declaration;

        var done = Named(form, "宣传活动完成时间");
        var deadline = Assert.IsType<DeadlineTarget>(done.Target);
        Assert.Equal((new DateOnly(2025, 10, 31), true), (deadline.Date, deadline.FromExcelSerial));
        Assert.Null(done.Unit);
        Assert.Equal(6m, done.Weight);
        Assert.DoesNotContain(Checked(form), f => f.Code is "VALUE_UNPARSEABLE" or "UNIT_MISSING" && f.Message.Contains("完成时间", StringComparison.Ordinal));
    }

    [Fact]
    public void CaptionWithLongNoteBeforeHeading_TabSeparated_ReadsEveryRow()
    {
        var result = Read("caption-before-heading-tabs.txt");

        Assert.Equal(
            [
                ("产出指标", "数量指标", "宣传活动场次", "≥30场"),
                ("产出指标", "时效指标", "宣传活动完成时间", "≤45,961"),
                ("效益指标", "社会效益指标", "居民垃圾分类知晓率", "≥85%"),
                ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
            ],
            result.Declaration.Indicators.Select(Tree));
        Assert.Equal(("场", 10m), (result.Declaration.Indicators[0].Unit, result.Declaration.Indicators[0].Weight));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Location.StartsWith("indicators", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadingsWithLengthHints_AndTheSheetsCaption_AreRecognised()
    {
        // 项目年度绩效目标衡量指标 | 一级指标 | 二级指标 | 分值 | 指标内容(150字内) | 指标值(150字内) | 评分细则(150字内)
        var result = Read("length-hints-pipes.txt");
        var form = result.Declaration;

        Assert.Equal(7, form.Indicators.Count);
        var area = Named(form, "管护水库数量");
        Assert.Equal(("产出指标", "≥18座", 20m), (area.Level1, area.Target.Text, area.Weight));
        Assert.Equal("完成得20分，每少1座扣2分。", area.ScoringRule);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        // The caption is no 年度 label followed by a value.
        Assert.DoesNotContain(form.OtherFields, f => f.Label.Contains("年度", StringComparison.Ordinal));
    }

    [Fact]
    public void NamesInLevel2Column_ScoreBeforeContent_ReadByHeading()
    {
        // 一级指标 | 二级指标 | 分值 | 指标内容 | 指标值 | 评分细则: 二级指标 holds the names, 指标内容 describes them.
        var result = Read("names-in-level2-column.txt");
        var form = result.Declaration;

        Assert.Equal(
            [
                ("投入指标", "", "资金到位率", "资金到位率达100%"),
                ("投入指标", "", "预算执行率", "预算执行率达到95%以上"),
                ("过程指标", "", "管护制度健全性", "健全"),
                ("产出指标", "", "管护水库数量", "≥18座"),
                ("产出指标", "", "巡查完成时间", "2025年12月20日前"),
                ("效益指标", "", "水库安全度汛率", "100%"),
                ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
            ],
            form.Indicators.Select(Tree));
        var funds = Named(form, "资金到位率");
        Assert.Equal(10m, funds.Weight);
        Assert.Equal("资金到位率=(实际到位资金/计划投入资金)×100%。", funds.Explanation);
        Assert.Equal("到位率100%得10分，每少10个百分点扣1分。", funds.ScoringRule);
        Assert.Null(funds.Remark);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        // The form names no level 2, and the reader guesses none (but the one 满意度指标 allows): the checker asks for
        // them once, for the table, not on every row.
        Assert.DoesNotContain(Checked(form), f => f.Code == "TAXONOMY" && f.Location.EndsWith(".level2", StringComparison.Ordinal));
        Assert.Single(Checked(form), f => f.Code == "TAXONOMY" && f.Location == "indicators");
    }

    [Fact]
    public void ShanghaiLevelNames_MapOntoTheTree_LevelTwoKeepsItsOwnLevelOne()
    {
        // 产出目标 / 效果目标 / 影响力目标 with bare 数量, 质量, 成本, 社会效益, 长效管理.
        var form = Read("shanghai-level-names.txt").Declaration;

        Assert.Equal(
            [
                ("产出指标", "数量指标", "阅读推广活动场次", "60场"),
                ("产出指标", "数量指标", "服务居民人次", "≥5000人次"),
                ("产出指标", "质量指标", "活动方案审核通过率", "100%"),
                ("产出指标", "时效指标", "年度活动完成时间", "2025年12月15日前"),
                ("产出指标", "成本指标", "单场活动成本", "≤2000元/场"),
                ("效益指标", "社会效益指标", "社区居民借阅量增长率", "≥10%"),
                ("满意度指标", "服务对象满意度指标", "活动参与者满意度", "≥90%"),
                ("效益指标", "可持续影响指标", "社区阅读点管理制度", "建立并执行"),
                ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥88%"),
            ],
            form.Indicators.Select(Tree));
        Assert.DoesNotContain(Checked(form), f => f.Code is "REQUIRED_CATEGORY" or "TAXONOMY" or "CATEGORY_COVERAGE");
    }

    [Fact]
    public void PurchaseOfServiceLevelNames_AreTheOutputCategories()
    {
        // 服务数量 / 服务质量 / 服务时效 / 服务成本 (政府购买服务).
        var form = Read("purchase-of-service-levels.txt").Declaration;

        Assert.Equal(
            ["数量指标", "数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "服务对象满意度指标"],
            form.Indicators.Select(i => i.Level2));
        Assert.All(form.Indicators.Take(5), i => Assert.Equal("产出指标", i.Level1));
        Assert.DoesNotContain(Checked(form), f => f.Code is "TAXONOMY" or "CATEGORY_COVERAGE");
    }
}
