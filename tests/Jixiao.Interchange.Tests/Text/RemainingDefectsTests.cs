using Jixiao.Interchange;
using Jixiao.Domain.Indicators;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Defects left by probe 11 in eastern forms: Zhejiang's goals under numbered headings and its table under
/// （三）中长期绩效指标, Nanjing's sub-labels under 项目概况, an empty 项目责任人:, Jinzhai's 指标1: name prefixes.
public class RemainingDefectsTests
{
    private static readonly Lazy<ReadResult> Headings = new(() => Read("rest-zhejiang-numbered-goal-headings.txt"));
    private static readonly Lazy<ReadResult> Nanjing = new(() => Read("rest-jiangsu-sub-labels-split-period.txt"));

    private static string[] Unplaced(ReadResult result) =>
        [.. result.Findings.Where(f => f.Code == "UNPLACED_CELL").Select(f => f.Message)];

    // ── Zhejiang: （一）中长期绩效目标 / （二）年度绩效目标 above their paragraphs, one cell per line ──

    [Fact]
    public void NumberedGoalHeadings_FillTheGoals()
    {
        var form = Headings.Value.Declaration;
        Assert.StartsWith("到2026年，建成覆盖城乡的社区养老服务网络", form.OverallGoal);
        Assert.StartsWith("2024年新建社区养老服务站12个", form.AnnualGoal);
    }

    [Fact]
    public void HeadingAboveNumberedGoals_NamesTheProject() =>
        Assert.Equal("社区养老服务补助项目", Headings.Value.Declaration.ProjectName);

    [Fact]
    public void CaptionBelowTheGoals_IsTheTitle() => Assert.Equal("项目具体目标表", Headings.Value.Declaration.Title);

    [Fact]
    public void SentenceStartingWithALabelsWords_IsNoField()
    {
        var result = Headings.Value;
        Assert.Null(result.Declaration.ImplementingUnit);
        Assert.Contains(Unplaced(result), m => m.Contains("项目单位按项目实施内容设置了4个指标", StringComparison.Ordinal));
    }

    [Fact]
    public void TableUnderLongTermHeading_HoldsLongTermTargets()
    {
        var form = Headings.Value.Declaration;
        Assert.Equal(4, form.Indicators.Count);
        var stations = Named(form, "新建社区养老服务站");
        Assert.Equal(("产出指标", "数量指标", "36个", TargetKind.Missing),
            (stations.Level1, stations.Level2, stations.LongTermTarget?.Text, stations.Target.Kind));
        Assert.Equal("≥90%", Named(form, "老年人满意度").LongTermTarget?.Text);
    }

    // ── Nanjing: 项目实施 / 起止时间（年、月） over two lines, 必要性 and 可行性 under 项目概况 ──

    [Fact]
    public void LabelSplitOverTwoLines_ReadsThePeriod()
    {
        var result = Nanjing.Value;
        Assert.Equal((new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31)), (result.Declaration.StartDate, result.Declaration.EndDate));
        Assert.DoesNotContain(Unplaced(result), m => m.Contains("项目实施", StringComparison.Ordinal));
    }

    [Fact]
    public void BareSubLabelsUnderOverview_AreFields()
    {
        var result = Nanjing.Value;
        Assert.Equal("村道破损严重，群众出行不便。", Other(result.Declaration, "必要性"));
        Assert.Equal("市政府2019年为民办实事项目。", Other(result.Declaration, "立项依据"));
        Assert.Empty(Unplaced(result));
        Assert.Equal(5, result.Declaration.Indicators.Count);
    }

    // ── Anhui: 项目责任人: printed with nothing after it ──

    [Fact]
    public void EmptyProjectResponsibleLabel_IsAnEmptyField()
    {
        var result = Read("east-anhui-cells-broken-over-lines.txt");
        Assert.DoesNotContain(Unplaced(result), m => m.Contains("项目责任人", StringComparison.Ordinal));
        Assert.Null(result.Declaration.ProjectLead);
    }

    // ── Anhui (金寨): names keep the template's 指标1: ──

    [Fact]
    public void TemplateNumberBeforeName_IsNotPartOfIt()
    {
        var form = Read("rest-anhui-template-numbered-names.txt").Declaration;
        Assert.Equal(("产出指标", "数量指标", "保洁道路里程", "45公里"), Tree(Named(form, "保洁道路里程")));
        Assert.Equal(("产出指标", "时效指标", "保洁作业完成时间", "2022年12月底"), Tree(Named(form, "保洁作业完成时间")));
        // The template's hint left in the name is the form's own defect: kept as printed.
        Assert.Equal("≥90%", Named(form, "企业满意度(≥**%)").Target.Text);
        Assert.DoesNotContain(form.Indicators, i => i.Name.StartsWith("指标", StringComparison.Ordinal));
    }
}
