using Jixiao.Interchange.Text;

namespace Jixiao.Interchange.Tests.Text;

/// The probes asked of every indicator row's cells: whether a cell is a level name, and whether it reads like a value.
public class RowProbeTests
{
    [Theory]
    [InlineData("产出指标（50分）", "Level1")]
    [InlineData("质量指标(20分)", "Level2")]
    [InlineData("社会效益", "Level2")]
    [InlineData("可持续影响", "Level2")]
    [InlineData("预算（或投资规模）控制", "Level2")]
    [InlineData("服务对象满意度", "Either")]
    [InlineData("时效指标（工期指标、形象进度指标）", "Level2")]
    [InlineData("数量指标2", "None")]
    [InlineData("（1）质量指标", "Level2")]
    [InlineData("系统平台建设进度达标率", "None")]
    [InlineData("南昌市政务数据共享平台运维", "None")]
    public void LevelLabelOf_Cell_HasItsRole(string text, string role) => Assert.Equal(role, LevelLabel.Of(text).Role.ToString());

    [Theory]
    [InlineData("100%", true)]
    [InlineData("不少于3个", true)]
    [InlineData("不断", false)]
    [InlineData("达标", true)]
    [InlineData("进一步提高", true)]
    [InlineData("2022年12月31日前", true)]
    [InlineData("年底前", true)]
    [InlineData("开工前", false)]
    [InlineData("2022年底前", true)]
    [InlineData("系统平台建设进度达标率", false)]
    [InlineData("控制在", false)]
    [InlineData("控制在5%以内", true)]
    [InlineData("服务对象满意度提高", false)]
    public void IsValueLike_Cell_SaysWhetherItReadsLikeAValue(string text, bool valueLike) => Assert.Equal(valueLike, TargetLooks.IsValueLike(text));
}
