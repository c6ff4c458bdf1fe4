using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Excel;

namespace Jixiao.Interchange.Tests.Excel;

public class WorkbookRoundTripTests
{
    [Fact]
    public void SampleDeclaration_HasThe91IndicatorsOfTheSampleFormWithTheirLevels()
    {
        var indicators = SampleDeclaration.Value.Indicators;

        Assert.Equal(91, indicators.Count);
        var perLevel2 = indicators.GroupBy(i => (i.Level1, i.Level2)).Select(g => (g.Key.Level1, g.Key.Level2, g.Count())).ToList();
        Assert.Equal(
            [
                (IndicatorTaxonomy.Output, IndicatorTaxonomy.Quantity, 39),
                (IndicatorTaxonomy.Output, IndicatorTaxonomy.Quality, 20),
                (IndicatorTaxonomy.Output, IndicatorTaxonomy.Timeliness, 5),
                (IndicatorTaxonomy.Output, IndicatorTaxonomy.OutputCost, 1),
                (IndicatorTaxonomy.Benefit, IndicatorTaxonomy.Economic, 1),
                (IndicatorTaxonomy.Benefit, IndicatorTaxonomy.Social, 17),
                (IndicatorTaxonomy.Benefit, IndicatorTaxonomy.Ecological, 3),
                (IndicatorTaxonomy.Benefit, IndicatorTaxonomy.Sustainable, 3),
                (IndicatorTaxonomy.Satisfaction, IndicatorTaxonomy.ServiceSatisfaction, 2),
            ],
            perLevel2);
        Assert.Equal(["续建项目完成及时性", "改善工作服务环境"], indicators.Where(i => i.Target is MissingTarget).Select(i => i.Name));
        Assert.Equal("2022年12 月31日前", indicators.Single(i => i.Name == "新开工项目完成及时性").Target.Text);
        Assert.Equal("用户满意度", indicators[^1].Name);
    }

    [Fact]
    public void ExportThenImport_SampleForm_GivesAnEqualDeclaration()
    {
        var file = TestFiles.Export(SampleDeclaration.Value, "sample-nanchang-2022.xlsx");

        var result = TestFiles.Import(file);

        DeclarationAssert.Equal(SampleDeclaration.Value, result.Declaration);
        Assert.Empty(result.Findings);
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ExportThenImport_GeneratedDeclaration_GivesAnEqualDeclaration(int seed)
    {
        var declaration = new DeclarationGenerator(seed).Next();
        var file = TestFiles.Export(declaration, $"generated-{seed:D2}.xlsx");

        var result = TestFiles.Import(file);

        DeclarationAssert.Equal(declaration, result.Declaration);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Import_SampleForm_MapsLocationsToTheirCells()
    {
        var file = TestFiles.Export(SampleDeclaration.Value, "sample-source-map.xlsx");
        var (document, sheet) = TestFiles.Open(file);
        using var _ = document;
        var header = sheet.CellWithText(document, "一级指标").Position();
        var total = sheet.CellWithText(document, "项目总预算").Position();

        var sources = TestFiles.Import(file).Sources;

        Assert.Equal($"申报表!F{header.Row + 1}", sources.Find("indicators[0].target")?.Cell);
        Assert.Equal($"申报表!D{header.Row + 91}", sources.Find("indicators[90].name")?.Cell);
        Assert.Equal($"申报表!B{total.Row}", sources.Find("budget.total")?.Cell);
        Assert.Equal($"申报表!D{total.Row + 5}", sources.Find("fundSources[0].children[0].children[1].priorYear")?.Cell);
        Assert.NotNull(sources.Find("reviews[3]")?.Cell);
        Assert.NotNull(sources.Find("notes[2]")?.Cell);
    }

    [Fact]
    public void ExportThenImport_FilledReviewBoxesWithSeals_KeepsTheBoxesAndPrintsTheSeals()
    {
        var declaration = SampleDeclaration.Value with
        {
            ProjectTypes = [ProjectType.Ppp, ProjectType.GovernmentProcurement],
            Reviews =
            [
                new ReviewBox { Kind = ReviewBoxKind.CompetentDepartment, Label = "主管部门审核意见", Opinion = "同意申报。\n请按期完成。", Reviewer = "=张三", Date = new DateOnly(2022, 2, 1) },
                new ReviewBox { Kind = ReviewBoxKind.CounterpartSection, Label = "市财政局归口科室（债务金融科）审核意见", Opinion = "-已核", Reviewer = "李四" },
            ],
        };
        var seal = "已签章 · 主管部门 · SM2 指纹 3F9A…";
        var file = TestFiles.Export(declaration, "sample-reviewed.xlsx",
            new ExportOptions { Seals = new Dictionary<ReviewBoxKind, string> { [ReviewBoxKind.CompetentDepartment] = seal } });

        var read = TestFiles.Import(file).Declaration;

        // The form prints its four boxes; the declaration's boxes fill theirs, keeping their own label.
        Assert.Equal(
            [
                declaration.Reviews[0],
                ReviewBox.NanchangBoxes()[1],
                ReviewBox.NanchangBoxes()[2],
                declaration.Reviews[1],
            ],
            read.Reviews);
        Assert.Equal(declaration.ProjectTypes, read.ProjectTypes);
        var (document, sheet) = TestFiles.Open(file);
        using var _ = document;
        Assert.Contains(sheet.Cells(), c => c.Text(document) == seal);
    }
}
