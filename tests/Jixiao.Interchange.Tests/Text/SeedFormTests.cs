using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Json;
using Jixiao.Interchange.Text;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Text;

/// The Nanchang 2022 big-data fund form (the seed): everything on it lands in the model.
public class SeedFormTests
{
    private static readonly Lazy<ReadResult> Seed = new(() => TextFormReader.Read(File.ReadAllText(Samples.NanchangSeed), "nanchang-2022-big-data-fund.txt"));

    private static Declaration Form => Seed.Value.Declaration;

    private static Indicator Named(string name) => Assert.Single(Form.Indicators, i => i.Name == name);

    /// Every field of the reading pinned at once (the tests below check the parts that need a reason): the expected
    /// JSON was written by this reader and checked against the sample text: every name and value occurs in it (the
    /// two missing values are missing there too), and the money, fund tree, boxes and notes were read by eye. A change
    /// to any of them fails here and keeps the new reading to compare.
    [Fact]
    public void WholeForm_ReadsAsTheCheckedTranscription()
    {
        var expected = File.ReadAllText(Path.Combine(Samples.Root, "tests", "Jixiao.Interchange.Tests", "Text", "Expected", "nanchang-2022-big-data-fund.json"));

        var actual = DeclarationJson.Serialize(Form);

        if (Normalize(actual) != Normalize(expected))
        {
            var kept = Path.Combine(Samples.Root, "test-output", "nanchang-2022-big-data-fund.actual.json");
            Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
            File.WriteAllText(kept, actual);
            Assert.Fail($"The reading of the sample changed; compare {kept} with the expected JSON.");
        }

        static string Normalize(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
    }

    [Fact]
    public void Header_IsReadFromItsLabels_WithSpacesInsideLabelsAndNumbersRemoved()
    {
        Assert.Equal("南昌市预算绩效目标申报表", Form.Title);
        Assert.Equal(2022, Form.Year);
        Assert.Equal("南昌市", Form.Region);
        Assert.Equal("2022年市大数据发展专项资金", Form.ProjectName);
        Assert.Equal("南昌市政务服务数据管理局", Form.Department);
        Assert.Equal("宋亮生", Form.DepartmentHead);
        Assert.Equal("507001", Form.BudgetCode);
        Assert.Equal(new DateOnly(2022, 1, 19), Form.FiledOn);
    }

    [Fact]
    public void BasicInformation_IsRead()
    {
        Assert.Equal("范首江", Form.ProjectLead);
        Assert.Equal("陈凯孝", Form.ContactPerson);
        Assert.Equal("18107000408", Form.ContactPhone);
        Assert.Equal(new DateOnly(2022, 1, 1), Form.StartDate);
        Assert.Equal(new DateOnly(2022, 12, 31), Form.EndDate);
        Assert.StartsWith("通过市大数据发展专项资金续建项目、新开工项目", Form.Overview);
        Assert.EndsWith("强化政务信息系统应用绩效考核。", Form.Overview);
        Assert.StartsWith("根据《国务院办公厅关于印发国家政务信息化项目建设管理办法的通知》（国办发〔2019〕57号）", Form.Measures);
        Assert.EndsWith("保障信息系统安全稳定运行。", Form.Measures);
        Assert.StartsWith("完成南昌市行政审批局四级体系一站式服务综合业务系统平台（一期）", Form.AnnualGoal);
        Assert.Contains("“i南昌智管平台”运行维护", Form.AnnualGoal);
        Assert.EndsWith("专项资金管理工作开展实施。", Form.AnnualGoal);
    }

    [Fact]
    public void OverallGoal_ContinuedAfterAPageBreak_IsJoined()
    {
        Assert.StartsWith("坚持统筹规划、共建共享、业务协同、安全可靠的原则", Form.OverallGoal);
        Assert.EndsWith("政务数据“跨层级、跨地域、跨系统、跨部门、跨业务”共享交换。", Form.OverallGoal);
    }

    [Fact]
    public void Budget_IsTheTriple()
    {
        Assert.Equal(new WanYuan(13857.29m), Form.Budget.Total);
        Assert.Equal(new WanYuan(10000m), Form.Budget.CurrentYear);
        Assert.Equal(new WanYuan(3857.29m), Form.Budget.CarryOver);
    }

    [Fact]
    public void FundSources_AreTheTreeWithBothColumns_NamesWithoutNumbering()
    {
        static FundSource Row(string name, decimal? prior = null, decimal? current = null, params FundSource[] children) => new()
        {
            Name = name,
            PriorYear = prior is { } p ? new WanYuan(p) : null,
            CurrentYear = current is { } c ? new WanYuan(c) : null,
            Children = children,
        };
        var expected = Row("合计", 3857.29m, 10000m,
            Row("财政拨款", 3857.29m, 10000m, Row("上级财政拨款"), Row("本级财政安排", 3857.29m, 10000m), Row("下级财政配套")),
            Row("自有资金", null, null, Row("事业收入"), Row("经营性收入"), Row("其他")),
            Row("其它资金"));

        Assert.Equal(expected, Assert.Single(Form.FundSources));
    }

    [Fact]
    public void Indicators_AreAll91_WithTheirLevel2Counts()
    {
        Assert.Equal(91, Form.Indicators.Count);
        var counts = Form.Indicators.GroupBy(i => i.Level2).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int>
        {
            ["数量指标"] = 39,
            ["质量指标"] = 20,
            ["时效指标"] = 5,
            ["成本指标"] = 1,
            ["经济效益指标"] = 1,
            ["社会效益指标"] = 17,
            ["生态效益指标"] = 3,
            ["可持续影响指标"] = 3,
            ["服务对象满意度指标"] = 2,
        }, counts);
    }

    [Fact]
    public void Indicators_Level1_MatchesTheirLevel2()
    {
        Assert.Equal(65, Form.Indicators.Count(i => i.Level1 == "产出指标"));
        Assert.Equal(24, Form.Indicators.Count(i => i.Level1 == "效益指标"));
        Assert.Equal(2, Form.Indicators.Count(i => i.Level1 == "满意度指标"));
        Assert.All(Form.Indicators, i => Assert.True(IndicatorTaxonomy.Belongs(i.Level1, i.Level2), $"{i.Level1}/{i.Level2} {i.Name}"));
    }

    [Fact]
    public void FirstAndLastIndicators_AreReadWithNameAndTarget()
    {
        var first = Form.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "开发建设南昌市行政审批局四级体系一站式服务综合业务系统平台（一期）1个", "100%"),
            (first.Level1, first.Level2, first.Name, first.Target.Text));
        var last = Form.Indicators[^1];
        Assert.Equal(("满意度指标", "服务对象满意度指标", "用户满意度", "≥90%"), (last.Level1, last.Level2, last.Name, last.Target.Text));
    }

    [Theory]
    [InlineData("续建项目完成及时性", "时效指标", 107)]
    [InlineData("改善工作服务环境", "生态效益指标", 132)]
    public void IndicatorWithoutValue_IsKeptWithMissingTarget_AndItsLine(string name, string level2, int line)
    {
        var indicator = Named(name);
        Assert.Equal(level2, indicator.Level2);
        Assert.Equal(TargetKind.Missing, indicator.Target.Kind);
        Assert.Equal("", indicator.Target.Text);
        Assert.Equal(line, Seed.Value.Sources.Find($"indicators[{Form.Indicators.ToList().IndexOf(indicator)}]")?.Line);
    }

    [Theory]
    // A row group that lost a leading tab after the page break.
    [InlineData("南昌全市政府网站适老化及无障碍改造市直部门网站改造、升级及认证服务39套", "产出指标", "数量指标", "100%", 62)]
    // 质量 / 指标: the level-2 name split over the page break.
    [InlineData("工程建设验收合格率", "产出指标", "质量指标", "100%", 88)]
    // Rows that lost all their leading tabs; the value keeps its stray space as written.
    [InlineData("新开工项目完成及时性", "产出指标", "时效指标", "2022年12 月31日前", 108)]
    [InlineData("运维项目完成及时性", "产出指标", "时效指标", "2022年12 月31日前", 109)]
    [InlineData("专项资金管理工作完成及时性", "产出指标", "时效指标", "2022年12月31日前", 111)]
    [InlineData("保障数据信息安全使用环境", "效益指标", "生态效益指标", "100%", 135)]
    public void IndicatorAfterAPageBreak_KeepsItsLevelsAndValue(string name, string level1, string level2, string target, int line)
    {
        var indicator = Named(name);
        Assert.Equal((level1, level2, target), (indicator.Level1, indicator.Level2, indicator.Target.Text));
        Assert.Equal(line, Seed.Value.Sources.Find($"indicators[{Form.Indicators.ToList().IndexOf(indicator)}]")?.Line);
    }

    [Fact]
    public void SustainableImpactRows_WrittenAsSplitLabel_AreCanonical()
    {
        Assert.Equal(["助力城市管理、科学决策落实", "系统后台数据管理容量满足用户使用", "建立健全系统平台运行管理机制"],
            Form.Indicators.Where(i => i.Level2 == "可持续影响指标").Select(i => i.Name));
    }

    [Fact]
    public void CostRow_UnderOutput_IsALevel2InThe88Schema()
    {
        var cost = Named("单个项目成本控制有效性");
        Assert.Equal(("产出指标", "成本指标", "100%"), (cost.Level1, cost.Level2, cost.Target.Text));
        Assert.Equal(IndicatorSchema.Fiscal2015No88, Form.Schema);
    }

    [Fact]
    public void NamesAndLabels_LoseSpacesBetweenChineseAndDigits_ButKeepTheirText()
    {
        Assert.Contains(Form.Indicators, i => i.Name == "开展“2021至2022年市大数据发展专项资金项目绩效评价”1次");
        Assert.Contains(Form.Indicators, i => i.Name == "“i南昌智管平台”运行维护1个");
        Assert.Contains(Form.Indicators, i => i.Name == "南昌市数据共享和开放一体化平台资源目录梳理市本级政府部门覆盖率");
    }

    [Fact]
    public void ReviewBoxes_AreTheFourEmptyBoxes_WithTheirPrintedLabels()
    {
        Assert.Equal(ReviewBox.NanchangBoxes(), Form.Reviews);
    }

    [Fact]
    public void Notes_AreTheThreeNotes_WithoutNumbering()
    {
        Assert.Equal(
        [
            "表格最后一列“市财政局归口科室”指债务金融科、政府采购监管科；",
            "PPP项目和政府债务项目无须通过绩效评价科审核，对口业务科室审核后，直接交由债务金融科审核；",
            "政府采购项目和政府购买服务项目无须通过绩效评价科审核，对口业务科室审核后，直接交由政府采购监管科审核。",
        ], Form.Notes);
    }

    [Fact]
    public void Seed_HasNoUnplacedCells_AndNoOtherFields()
    {
        Assert.DoesNotContain(Seed.Value.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.Empty(Form.OtherFields);
    }

    [Fact]
    public void SourceMap_PointsAtTheLinesOfFieldsBudgetAndFundRows()
    {
        var sources = Seed.Value.Sources;
        Assert.Equal(7, sources.Find("projectName")?.Line);
        Assert.Equal(15, sources.Find("filedOn")?.Line);
        Assert.Equal(22, sources.Find("contactPhone")?.Line);
        Assert.Equal(26, sources.Find("overallGoal")?.Line);
        Assert.Equal(30, sources.Find("budget.total")?.Line);
        Assert.Equal(32, sources.Find("fundSources[0]")?.Line);
        Assert.Equal(35, sources.Find("fundSources[0].children[0].children[1].currentYear")?.Line);
        Assert.Equal(46, sources.Find("indicators[0].target")?.Line);
        Assert.Equal(140, sources.Find("indicators[90]")?.Line);
    }
}
