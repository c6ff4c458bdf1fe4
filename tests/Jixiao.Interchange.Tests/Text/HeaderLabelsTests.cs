using Jixiao.Domain.Review;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// The header and basic information of forms of regions not read before (stop 13): titles above the form that name the
/// targets in other words, labels ending in a colon left empty or unknown, signature lines under the table, the budget
/// unit beside the competent department, bare sub-labels under 项目概况, a project table's 绩效目标 column and a blank
/// template's date placeholders.
public class HeaderLabelsTests
{
    private static string[] Unplaced(ReadResult result) =>
        [.. result.Findings.Where(f => f.Code == "UNPLACED_CELL").Select(f => f.Message)];

    // ── Titles above the form ──

    [Fact]
    public void TitleWithYearBeforeDivision_GivesYearAndRegion_AndBracketedUnitIsRead()
    {
        // 2024年示例县项目支出绩效目标申报表: the region was looked for at the title's start only, where the year stands;
        // （单位：万元） on its own line was an unplaced cell.
        var result = Read("henan-title-year-before-region-tabs.txt");
        var form = result.Declaration;
        Assert.Equal(2024, form.Year);
        Assert.Equal("示例县", form.Region);
        Assert.Equal("示例县城乡供水管网改造工程", form.ProjectName);
        Assert.Empty(Unplaced(result));
    }

    [Fact]
    public void TitleNamingTargetsWithoutFormWord_IsTheTitle_OneCellPerLine()
    {
        // 云南省2024年度省级部门项目支出绩效目标 (no 表): the title was not recognised, so the year and region were lost.
        var form = Read("yunnan-title-without-form-word-cells.txt").Declaration;
        Assert.Equal("云南省省级部门项目支出绩效目标", form.Title);
        Assert.Equal(2024, form.Year);
        Assert.Equal("云南省", form.Region);
        Assert.Equal("支持高原特色农业产业基地建设30个。", form.AnnualGoal);
        Assert.Equal(3, form.Indicators.Count);
    }

    [Fact]
    public void ReviewFormTitleAfterAttachmentNumber_IsTheTitleWithoutIt()
    {
        // | 附件2：2024年度项目绩效目标审核表 |: the colon of 附件2： made it no title, 审核表 was no title's word.
        var form = Read("shaanxi-attachment-review-title-pipes.txt").Declaration;
        Assert.Equal("项目绩效目标审核表", form.Title);
        Assert.Equal(2024, form.Year);
        Assert.Equal(("效益指标", "生态效益指标", "监测数据有效率", "≥95%"), Tree(Named(form, "监测数据有效率")));
    }

    // ── Labels ending in a colon ──

    [Theory]
    [InlineData("guangdong-empty-colon-labels-tabs.txt")]
    [InlineData("guangdong-empty-colon-labels-cells.txt")]
    [InlineData("guangdong-empty-colon-labels-spaces.txt")]
    [InlineData("guangdong-empty-colon-labels-signatures-pipes.txt")]
    public void EmptyKnownLabels_DoNotTakeTheUnknownLabelsBelow(string file)
    {
        // 项目负责人： | | 联系电话： | then 项目联络员： | 陈丽 …: the unknown labels were read as the values of the empty
        // ones above (projectLead 「项目联络员：」, contactPhone 「统一编码：」).
        var result = Read(file);
        var form = result.Declaration;
        Assert.Null(form.ProjectLead);
        Assert.True(form.ContactPhone is null or "13800000000" or "020-83000000", form.ContactPhone);
        Assert.DoesNotContain(result.Findings, f => f.Code == "PHONE_FORMAT");
        Assert.DoesNotContain(Unplaced(result), m => m.Contains('：', StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownColonLabels_KeepTheirValuesUnderTheirLabels_Tabs()
    {
        var result = Read("guangdong-empty-colon-labels-tabs.txt");
        var form = result.Declaration;
        Assert.Equal("陈丽", Other(form, "项目联络员"));
        Assert.Equal("2024", Other(form, "立项年度"));
        // Left empty on the form: nothing to keep, and no cell left over.
        Assert.Null(Other(form, "统一编码"));
        Assert.Null(Other(form, "项目分类"));
        Assert.Empty(Unplaced(result));
        Assert.Equal(3, form.Indicators.Count);
    }

    [Theory]
    [InlineData("guangdong-empty-colon-labels-cells.txt")]
    [InlineData("guangdong-empty-colon-labels-spaces.txt")]
    public void UnknownColonLabelBesideItsValue_IsKept(string file)
    {
        var result = Read(file);
        Assert.Equal("民生类", Other(result.Declaration, "项目分类"));
        Assert.Empty(Unplaced(result));
    }

    [Fact]
    public void SignatureLinesUnderTheTable_AreFieldsNotIndicators()
    {
        // 省级项目主管单位负责人签字： | | 年 月 日 and 填表人签名： | 李华 | 联系电话： | … were read as indicators
        // (TAXONOMY errors on 「填表人签名：」).
        var result = Read("guangdong-empty-colon-labels-signatures-pipes.txt");
        var form = result.Declaration;
        Assert.Equal(3, form.Indicators.Count);
        Assert.DoesNotContain(form.Indicators, i => i.Name.Contains("签", StringComparison.Ordinal));
        Assert.Equal("李华", form.ContactPerson);
        Assert.Equal("020-83000000", form.ContactPhone);
        Assert.Equal("张敏", Other(form, "项目联络员"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "TAXONOMY");
        // The blank 年 月 日 of the signature is no value.
        Assert.DoesNotContain(form.OtherFields, f => f.Value.Contains('年', StringComparison.Ordinal) && f.Value.Length <= 5);
    }

    [Fact]
    public void ProseClauseEndingWithColon_StaysTheProse()
    {
        // 项目概况, then 本项目主要内容包括： on the next line: the overview's first sentence, not a label of its own; the
        // unknown 项目联络员： below the empty 项目负责人： is a label (it was read as the lead's name).
        var result = Read("prose-ending-colon-then-colon-labels-cells.txt");
        var form = result.Declaration;
        Assert.Equal("本项目主要内容包括：1.改造管网20公里；", form.Overview);
        Assert.Null(Other(form, "本项目主要内容包括"));
        Assert.Null(form.ProjectLead);
        Assert.Equal("陈丽", Other(form, "项目联络员"));
    }

    // ── The budget unit beside the competent department ──

    [Fact]
    public void BudgetUnitBeforeCompetentDepartment_IsTheImplementingUnit()
    {
        // 预算单位 | 示例县农村供水服务中心 before 主管部门 | 示例县水利局: the budget unit became the department and the
        // competent department, where the review route starts, was kept aside.
        var form = Read("sichuan-budget-unit-beside-department-tabs.txt").Declaration;
        Assert.Equal("示例县水利局", form.Department);
        Assert.Equal("示例县农村供水服务中心", form.ImplementingUnit);
        Assert.Null(Other(form, "主管部门"));
        Assert.Null(Other(form, "预算单位"));
        // Without a 主管部门 beside it, 单位名称 is still the department (docs/json.md).
        Assert.Equal("示例县卫生健康局", Read("fanben-layout.txt").Declaration.Department);
    }

    [Fact]
    public void BudgetUnitThatIsTheImplementingUnit_IsNotKeptTwice()
    {
        // 省级主管部门 | … | 预算单位 | X beside 项目单位 | X: the budget unit is the implementing unit already; it was kept
        // again in otherFields.
        var form = Read("guangdong-empty-colon-labels-signatures-pipes.txt").Declaration;
        Assert.Equal("示例省工业和信息化厅", form.Department);
        Assert.Equal("示例市中小企业服务中心", form.ImplementingUnit);
        Assert.Null(Other(form, "预算单位"));
    }

    // ── Nanjing's bare sub-labels under 项目概况 ──

    [Theory]
    [InlineData("east-jiangsu-sub-labels-cells.txt")]
    [InlineData("east-jiangsu-sub-labels-spaces.txt")]
    public void BareSubLabels_KeepTheirSentences(string file)
    {
        // One cell per line, 立项依据 took 「必要性」 and the overview the basis; space-separated, 「必要性村道…」 and
        // 「可行性」 were unplaced.
        var result = Read(file);
        var form = result.Declaration;
        Assert.Equal("市政府2019年为民办实事项目。", Other(form, "立项依据"));
        Assert.Equal("村道破损严重，群众出行不便。", Other(form, "必要性"));
        Assert.Null(form.Overview);
        Assert.Equal(new DateOnly(2019, 1, 1), form.StartDate);
        Assert.DoesNotContain(Unplaced(result), m => m.Contains("必要性", StringComparison.Ordinal) || m.Contains("可行性", StringComparison.Ordinal));
    }

    // ── A project table's 绩效目标 column ──

    [Fact]
    public void GoalColumnOfProjectTable_IsTheAnnualGoal()
    {
        // 项目名称 | 绩效目标 | 一级指标 …: the goal was kept in otherFields and REQUIRED_FIELD reported on annualGoal.
        var result = Read("south-guangzhou-goal-column-pipes.txt");
        var form = result.Declaration;
        Assert.Equal("完成全区市政道路桥梁日常养护，确保道路完好率不低于95%。", form.AnnualGoal);
        Assert.Null(Other(form, "绩效目标"));
        Assert.Equal(5, form.Indicators.Count);
        Assert.DoesNotContain(Checked(form), f => f.Code == "REQUIRED_FIELD" && f.Location == "annualGoal");
    }

    // ── A blank template's placeholders and its review boxes ──

    [Fact]
    public void BlankDateTemplate_IsNoValue_AndReviewBoxesAreRead()
    {
        // 项目起止时间 | 年 月 至 年 月: an unreadable period (FIELD_UNREADABLE) kept as a value.
        var result = Read("city-blank-template-review-boxes-tabs.txt");
        var form = result.Declaration;
        Assert.Null(form.StartDate);
        Assert.Null(Other(form, "项目起止时间"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "FIELD_UNREADABLE");
        Assert.Equal(2024, form.Year);
        Assert.Equal(
            [ReviewBoxKind.CompetentDepartment, ReviewBoxKind.Other, ReviewBoxKind.FinanceBusiness, ReviewBoxKind.PerformanceEvaluation],
            form.Reviews.Select(r => r.Kind));
        Assert.Equal("第三方机构审核意见", form.Reviews[1].Label);
        Assert.All(form.Reviews, r => Assert.Null(r.Opinion));
        Assert.Empty(Unplaced(result));
    }
}
