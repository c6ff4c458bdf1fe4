using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;
using Jixiao.Interchange.Text;

namespace Jixiao.Interchange.Tests.Text;

/// Regressions the eighth review found in the rules added for other regions' layouts: each test reads a variant of a
/// form that read right before those rules.
public class EighthReviewTests
{
    private static ReadResult ReadText(string text) => TextFormReader.Read(text, "x.txt");

    private static string[] Names(Declaration form) => [.. form.Indicators.Select(i => i.Name)];

    // The central 88号 template (samples/test-forms/central-template.txt) with one more row after its cost row.
    private static string CentralTemplateWith(string row) => string.Join('\n',
        "2023年项目支出绩效目标表",
        "（2023年度）",
        "项目名称\t农村饮水安全巩固提升工程",
        "主管部门及代码\t[126]某县水利局\t实施单位\t某县农村供水服务中心",
        "项目资金\t年度资金总额\t320.00",
        "（万元）\t其中：财政拨款\t300.00",
        "\t其他资金\t20.00",
        "年度总体目标\t完成12处集中供水工程改造，提升农村供水保障水平，受益人口不少于1.5万人。",
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
        "\t产出指标\t数量指标\t改造集中供水工程数量\t≥12处",
        "\t\t质量指标\t水质达标率\t≥95%",
        "\t\t成本指标\t单处工程平均投资\t≤25万元",
        row,
        "\t效益指标\t社会效益指标\t受益人口\t≥1.5万人",
        "\t满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%");

    // 项目预算, 总额, 年度金额, 成本构成 and 制度措施 became header labels for other regions' forms; in an indicator
    // table's name column they still name indicators, and the rows below them are the table's.
    [Theory]
    [InlineData("项目预算", "≤320万元")]
    [InlineData("总额", "≤320万元")]
    [InlineData("年度金额", "≤320万元")]
    [InlineData("成本构成", "≤25万元")]
    [InlineData("制度措施", "健全")]
    [InlineData("项目实施进度计划", "按计划完成")]
    public void LabelInTheNameColumn_IsAnIndicator_AndTheTableGoesOn(string name, string value)
    {
        var result = ReadText(CentralTemplateWith($"\t\t\t{name}\t{value}"));
        var form = result.Declaration;

        Assert.Equal(["改造集中供水工程数量", "水质达标率", "单处工程平均投资", name, "受益人口", "受益群众满意度"], Names(form));
        Assert.Equal(value, form.Indicators[3].Target.Text);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(DeclarationChecker.Run(form), f => f.Code == "REQUIRED_CATEGORY");
    }

    // 预期效果 is a level 1 (效益指标) of some provinces, and now also a header label.
    [Fact]
    public void ExpectedEffectAsLevel1_IsTheLevel_NotAField()
    {
        var result = ReadText(CentralTemplateWith("\t预期效果\t社会效益指标\t受益人数\t≥100人"));
        var form = result.Declaration;

        Assert.Equal(["改造集中供水工程数量", "水质达标率", "单处工程平均投资", "受益人数", "受益人口", "受益群众满意度"], Names(form));
        Assert.Equal("效益指标", form.Indicators[3].Level1);
        Assert.Empty(form.OtherFields);
    }

    // The space-separated layout (samples/test-forms/space-separated.txt): a row continuing the level above starts
    // with the indicator's name, which may read as one of the new labels.
    [Theory]
    [InlineData("项目预算", "≤80万元")]
    [InlineData("总额", "≤80万元")]
    [InlineData("年度金额", "≤80万元")]
    [InlineData("制度措施", "健全")]
    [InlineData("预期效果", "明显改善")]
    public void SpaceSeparated_LabelStartingARow_IsAnIndicator(string name, string value)
    {
        var text = string.Join('\n',
            "示例区预算项目绩效目标申报表",
            "(2022年度)",
            "项目名称 社区养老服务站运营补助 项目负责人及电话 王芳13907910000",
            "主管部门 示例区民政局 实施单位 示例区社会福利中心",
            "资金情况(万元) 年度资金总额: 80",
            "其中:财政拨款 80",
            "其他资金 0",
            "绩效指标 一级指标 二级指标 三级指标 指标值 备注",
            "产出指标 数量指标 运营养老服务站数量 >=8个",
            $"{name} {value}",
            "质量指标 服务站星级评定达标率 >=90%",
            "效益指标 社会效益指标 居家养老服务覆盖率 >=60%",
            "满意度指标 服务对象满意度指标 服务对象满意度 >=90%");
        var result = ReadText(text);

        Assert.Equal(["运营养老服务站数量", name, "服务站星级评定达标率", "居家养老服务覆盖率", "服务对象满意度"], Names(result.Declaration));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    // One cell per line (samples/test-forms/one-cell-per-line.txt): the indicator's name alone on its line.
    [Fact]
    public void OneCellPerLine_LabelAsIndicatorName_IsAnIndicator()
    {
        var text = string.Join('\n',
            "项目支出目标申报表", "(2024年度)", "项目名称", "城区道路保洁服务", "项目主管部门", "示例市城市管理局",
            "项目资金申请(万元)", "资金总额:", "360.5", "财政拨款:", "360.5",
            "一级", "二级", "三级", "年度数值", "备注",
            "产出值", "数量值", "保洁面积", "≥320万平方米", " ",
            "项目预算", "≤360万元", " ",
            "质量值", "道路清扫保洁达标率", "≥95%", "抽查",
            "效益值", "社会效益值", "市容环境改善", "明显改善", " ",
            "满意度值", "服务对象满意度值", "市民满意度", "≥90%", " ");
        var result = ReadText(text);

        Assert.Equal(["保洁面积", "项目预算", "道路清扫保洁达标率", "市容环境改善", "市民满意度"], Names(result.Declaration));
    }

    // A fund table whose sources are numbered (一)(二)…: numbered labels (一、项目概况, a city review form) made a
    // source named like a budget label a field, its amounts unplaced and the sources no longer adding up.
    [Theory]
    [InlineData("上年结转")]
    [InlineData("项目资金")]
    [InlineData("预算金额")]
    public void NumberedFundSource_NamedLikeALabel_StaysASource(string source)
    {
        var text = string.Join('\n',
            "南昌市预算绩效目标申报表",
            "项目名称\t城区路灯节能改造",
            "项目总预算\t110\t本年度申请预算\t100\t结转结余总额\t10",
            "项目预算资金来源构成\t项目资金来源\t上年度资金\t本年度资金",
            "\t合计\t10\t100",
            "\t(一) 财政拨款\t\t100",
            $"\t(二) {source}\t10\t",
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
            "\t产出指标\t数量指标\t改造路灯数量\t≥4200盏");
        var result = ReadText(text);
        var form = result.Declaration;

        var total = Assert.Single(form.FundSources);
        Assert.Equal(["财政拨款", source], total.Children.Select(c => c.Name));
        Assert.Equal(10m, total.Children[1].PriorYear?.Value);
        Assert.Empty(form.OtherFields);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(DeclarationChecker.Run(form), f => f.Code.StartsWith("FUND_SOURCE", StringComparison.Ordinal));
    }

    // 是否新增 became a 项目属性 label; answered in a word (no tick boxes) its 否 was kept as the project attribute,
    // which is 新增项目 or 延续项目, as the ticked box 否☑ already gives.
    [Theory]
    [InlineData("是否新增\t否", "延续项目")]
    [InlineData("是否新增：是", "新增项目")]
    public void IsNewAnsweredInAWord_IsTheProjectAttribute(string row, string attribute)
    {
        var form = ReadText(CentralTemplateWith("\t\t\t单位成本\t≤1万元").Replace("项目名称\t", row + "\n项目名称\t", StringComparison.Ordinal)).Declaration;

        Assert.Equal(attribute, form.ProjectAttribute);
    }
}
