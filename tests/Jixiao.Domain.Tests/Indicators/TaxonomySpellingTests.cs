using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// Spellings of level names seen on other regions' forms map to the canonical names of domain notes §3.
public class TaxonomySpellingTests
{
    [Theory]
    [InlineData("产出数量", IndicatorTaxonomy.Quantity)]
    [InlineData("产出数量指标", IndicatorTaxonomy.Quantity)]
    [InlineData("工作量指标", IndicatorTaxonomy.Quantity)]
    [InlineData("产出质量", IndicatorTaxonomy.Quality)]
    [InlineData("产出时效指标", IndicatorTaxonomy.Timeliness)]
    [InlineData("进度指标", IndicatorTaxonomy.Timeliness)]
    [InlineData("产出成本", IndicatorTaxonomy.OutputCost)]
    [InlineData("数量指标（或建筑规模指标）", IndicatorTaxonomy.Quantity)]
    [InlineData("时效指标(工期指标)", IndicatorTaxonomy.Timeliness)]
    [InlineData("数量目标", IndicatorTaxonomy.Quantity)]
    [InlineData("时效目标", IndicatorTaxonomy.Timeliness)]
    [InlineData("成本目标", IndicatorTaxonomy.OutputCost)]
    [InlineData("环境效益目标", IndicatorTaxonomy.Ecological)]
    [InlineData("可持续影响目标", IndicatorTaxonomy.Sustainable)]
    [InlineData("服务对象满意度目标", IndicatorTaxonomy.ServiceSatisfaction)]
    [InlineData("服务数量", IndicatorTaxonomy.Quantity)]
    [InlineData("服务质量", IndicatorTaxonomy.Quality)]
    [InlineData("服务时效", IndicatorTaxonomy.Timeliness)]
    [InlineData("服务成本", IndicatorTaxonomy.OutputCost)]
    [InlineData("长效管理", IndicatorTaxonomy.Sustainable)]
    public void Level2Spellings_AreCanonical(string printed, string canonical) => Assert.Equal(canonical, IndicatorTaxonomy.CanonicalLevel2(printed));

    [Theory]
    [InlineData("产出（工作量）指标", IndicatorTaxonomy.Output)]
    [InlineData("效果指标", IndicatorTaxonomy.Benefit)]
    [InlineData("产出目标", IndicatorTaxonomy.Output)]
    [InlineData("效果目标", IndicatorTaxonomy.Benefit)]
    [InlineData("影响力目标", IndicatorTaxonomy.Benefit)]
    public void Level1Spellings_AreCanonical(string printed, string canonical) => Assert.Equal(canonical, IndicatorTaxonomy.CanonicalLevel1(printed));

    [Theory]
    [InlineData("效果目标", true)]
    [InlineData("影响力目标", true)]
    [InlineData("产出目标", false)]
    [InlineData("效益指标", false)]
    public void ShanghaiLevel1s_GroupOtherLevel1s_OnlyEffectAndInfluence(string printed, bool groups) =>
        Assert.Equal(groups, IndicatorTaxonomy.GroupsLevel1s(printed));

    [Theory]
    [InlineData("产出指标")]
    [InlineData("工作量完成率")]
    [InlineData("进度款支付")]
    [InlineData("其他资源投入目标")]
    [InlineData("目标")]
    public void OtherWords_AreNoLevel2(string printed) => Assert.Null(IndicatorTaxonomy.CanonicalLevel2(printed));
}
