using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Text;

/// Other regions' real forms, extracted from web pages (messy, some cut short): what can be read is read.
public class VariantFormTests
{
    private static ReadResult Read(string fileName) => FormFile.Read(Samples.Variant(fileName));

    private static void AssertIndicator(Declaration form, string name, string level1, string level2, string target)
    {
        var indicator = Assert.Single(form.Indicators, i => i.Name == name);
        Assert.Equal((level1, level2, target), (indicator.Level1, indicator.Level2, indicator.Target.Text));
    }

    [Fact]
    public void Dongguan_PipeTable_WithLongTermAndAnnualGroups()
    {
        var result = Read("01-dongguan-jiaotong.txt");
        var form = result.Declaration;

        Assert.Equal("东莞市财政项目支出绩效目标批复表", form.Title);
        Assert.Equal(2019, form.Year);
        Assert.Equal("东莞市", form.Region);
        Assert.Equal("镇际联网路升级改造工程一期", form.ProjectName);
        Assert.Equal("东莞市交通运输局", form.Department);
        Assert.Equal(new WanYuan(919m), form.Budget.CurrentYear);
        Assert.Contains(new FormField("中期市财政预算", "284500.00"), form.OtherFields);
        Assert.Equal("新建或改造道路,共29个项目,规划里程169公里。", form.OverallGoal);
        Assert.StartsWith("督促勘察设计单位", form.AnnualGoal);

        Assert.Equal(6, form.Indicators.Count);
        AssertIndicator(form, "镇街补助款完成结算项目数", "产出指标", "数量指标", "3");
        AssertIndicator(form, "补助款结算误差率", "产出指标", "质量指标", "±3%以内");
        AssertIndicator(form, "年度预算执行率", "产出指标", "成本指标", "≥90%");
        AssertIndicator(form, "补助款结算争议率", "效益指标", "社会效益指标", "0%");
        Assert.Equal("≥90%", form.Indicators.Single(i => i.Name == "年度预算执行率").LongTermTarget?.Text);
        // The page is cut short after this row's name: the row is kept, its value missing.
        AssertIndicator(form, "实现建设总目标控制程度", "效益指标", "可持续影响指标", "");
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void Jingyan_ProjectTableInYuan_ReadsTheFirstProjectAndReportsTheSecond()
    {
        var result = Read("02-jingyan-mata.txt");
        var form = result.Declaration;

        Assert.Equal("部门预算项目绩效目标申报表", form.Title);
        Assert.Equal(2023, form.Year);
        Assert.Equal("村组干部报酬", form.ProjectName);
        Assert.Equal("820001-井研县马踏镇人民政府", form.Department);
        Assert.Equal(new WanYuan(330.984m), form.Budget.CurrentYear);
        Assert.Equal("按时发放村组干部报酬", form.AnnualGoal);

        Assert.Equal(8, form.Indicators.Count);
        var first = form.Indicators[0];
        Assert.Equal(("效益指标", "社会效益指标", "维护社会稳定", "≥95%"), (first.Level1, first.Level2, first.Name, first.Target.Text));
        Assert.Equal(("%", "≥", IndicatorDirection.Positive, 10m), (first.Unit, first.Operator, first.Direction, first.Weight));
        AssertIndicator(form, "村组干部230人", "产出指标", "数量指标", "≥230个");
        AssertIndicator(form, "人民群众满意度", "满意度指标", "服务对象满意度指标", "≥95%");

        Assert.Contains(new FormField("单位名称", "820-马踏镇部门"), form.OtherFields);
        Assert.Contains(result.Findings, f => f.Code == "AMOUNTS_CONVERTED");
        var other = Assert.Single(result.Findings, f => f.Code == "MULTIPLE_PROJECTS");
        Assert.Equal(14, other.Line);
        Assert.Contains("基层组织活动经费", other.Message);
    }

    [Fact]
    public void Hengyang_SpaceSeparated_ReadsLabelsWithinALineAndTheTable()
    {
        var result = Read("03-hengyang-nanyue-fupin.txt");
        var form = result.Declaration;

        Assert.Equal("2018年市级专项扶贫资金基础设施(人大代表扶贫基地)", form.ProjectName);
        Assert.Equal("南岳镇政府", form.Department);
        Assert.Equal("[610001]湖南省润山润水生态农业发展有限公司", form.ImplementingUnit);
        Assert.Equal(("郭铁梅", "189XXXXXXXX"), (form.ProjectLead, form.ContactPhone));
        Assert.Equal(new WanYuan(10m), form.Budget.CurrentYear);
        var total = Assert.Single(form.FundSources);
        Assert.Equal(("合计", new WanYuan(10m)), (total.Name, total.CurrentYear));
        Assert.Equal(["财政拨款", "其他资金"], total.Children.Select(c => c.Name));

        Assert.Equal(16, form.Indicators.Count);
        AssertIndicator(form, "贫困地区旅游基础设施建设工程", "产出指标", "数量指标", ">=20平方米");
        AssertIndicator(form, "贫困地区旅游景点开发数量(≥**个)", "产出指标", "数量指标", ">=4个");
        AssertIndicator(form, "流转土地补助标准", "产出指标", "成本指标", "<=475元/亩");
        AssertIndicator(form, "乡村旅游带动增加贫困人口收入(≥**万元)", "效益指标", "经济效益指标", ">=2.61万元");
        AssertIndicator(form, "游客满意度(≥**%)", "满意度指标", "服务对象满意度指标", ">=90%");

        Assert.Equal(["财政部门支出股室初审意见", "财政部门绩效评价股审核意见", "区扶贫办审核意见"], form.Reviews.Select(r => r.Label));
        Assert.Equal(ReviewBoxKind.PerformanceEvaluation, form.Reviews[1].Kind);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void Dezhou_OneCellPerLine_ReadsValuesFromTheNextLine_AndIgnoresTheFooter()
    {
        var result = Read("04-dezhou-linyi-gongyong.txt");
        var form = result.Declaration;

        Assert.Equal("项目支出目标申报表", form.Title);
        Assert.Equal(2025, form.Year);
        Assert.Equal("小学教育公用经费", form.ProjectName);
        Assert.Equal("临邑县师范附属小学", form.Department);
        Assert.StartsWith("根据鲁财科教(2024)67号文件", form.Overview);
        Assert.Equal(new WanYuan(438.768m), form.Budget.CurrentYear);

        Assert.Equal(8, form.Indicators.Count);
        AssertIndicator(form, "小学就读人数", "产出指标", "数量指标", "<=6962人");
        AssertIndicator(form, "义务教育小学生均公用经费", "产出指标", "成本指标", "780元/生/年");
        AssertIndicator(form, "安全情况", "效益指标", "生态效益指标", "有效");
        AssertIndicator(form, "学生受益情况", "效益指标", "可持续影响指标", "=100%");
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Guangyuan_SplitLevelNamesOnTheirOwnLines_AndTheFundTable()
    {
        var result = Read("05-guangyuan-zhaohua-tekun.txt");
        var form = result.Declaration;

        Assert.Equal("特困家庭再扶助(独生子女死亡再扶助)", form.ProjectName);
        Assert.Equal("区卫生健康局", form.Department);
        Assert.Equal(2021, form.Year);
        Assert.StartsWith("区域内符合计划生育政策", form.AnnualGoal);
        Assert.Equal(["财政拨款", "自有资金", "其他收入"], form.FundSources.Select(f => f.Name));
        Assert.Equal(["一般公共预算", "政府性基金", "国有资本经营预算"], form.FundSources[0].Children.Select(f => f.Name));
        Assert.Equal(new WanYuan(6.30m), form.FundSources[0].CurrentYear);

        Assert.Equal(9, form.Indicators.Count);
        AssertIndicator(form, "对符合政策法规的独生子伤残、死亡家庭进行扶助", "产出指标", "数量指标", "63人");
        AssertIndicator(form, "资金拨付", "产出指标", "时效指标", "12月底到位");
        AssertIndicator(form, "成本控制", "产出指标", "成本指标", "严格按照预算标准1000元/人给补助对象兑付补助");
        AssertIndicator(form, "促进人口与经济、社会、资源、环境协调和可持续发展", "效益指标", "社会效益指标", "100%");
        AssertIndicator(form, "实现社会稳定和谐发展", "效益指标", "可持续影响指标", "长期");
        // "社会满意度" reads like a level name, but it is the row's indicator: its value follows it.
        AssertIndicator(form, "社会满意度", "满意度指标", "服务对象满意度指标", "100%");
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void Ezhou_RunTogether_IsCutAtItsLabels_BestEffort()
    {
        var result = Read("06-ezhou-bangongdalou.txt");
        var form = result.Declaration;

        Assert.Equal("鄂州市2022年市直部门预算项目支出绩效目标表", form.Title);
        Assert.Equal(("鄂州市", 2022), (form.Region, form.Year));
        Assert.Equal("滨湖大胆办公大楼运行保障", form.ProjectName);
        Assert.Equal("持续性项目", form.ProjectAttribute);
        Assert.Contains(new FormField("项目类别", "本级支出项目"), form.OtherFields);
        Assert.Contains(new FormField("立项依据", "市机关事务服务中心三定方案"), form.OtherFields);
        Assert.StartsWith("以办公大楼服务对象满意为目标", form.AnnualGoal);
        Assert.Equal(ReviewBoxKind.CompetentDepartment, Assert.Single(form.Reviews).Kind);

        AssertIndicator(form, "办公大楼日常维修维护次数", "产出指标", "数量指标", "2280次");
        AssertIndicator(form, "大楼安检巡察次数", "产出指标", "数量指标", "200次");
        AssertIndicator(form, "办公大楼日常维修维护验收合格率", "产出指标", "质量指标", ">92%");
        Assert.Equal("反映大楼保卫巡检情况", form.Indicators.Single(i => i.Name == "大楼安检巡察次数").ValueBasis);
        // The text is cut off inside the cost row: its value is missing.
        Assert.Equal(TargetKind.Missing, form.Indicators[^1].Target.Kind);
        Assert.Equal("成本指标", form.Indicators[^1].Level2);
    }
}
