using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Pdf;
using Jixiao.Testing;
using Jixiao.Testing.Documents;

namespace Jixiao.Interchange.Tests.Pdf;

/// The sample form printed to PDF and read back with poppler-utils: every indicator, the header, the money, the
/// repeated table header, the embedded subset font, and page 1 as a PNG in test-output/pdf/ to look at.
public class DeclarationPdfTests
{
    private static readonly Declaration Sample = Samples.NanchangDeclaration;
    private static readonly Lazy<string> SamplePdf = new(() => Write(Sample, "nanchang-2022.pdf"));

    [Fact]
    public void Fixture_SampleForm_HasEveryIndicatorOfTheTable()
    {
        Assert.Equal(91, Sample.Indicators.Count);
        Assert.Equal(2, Sample.Indicators.Count(i => i.Target is MissingTarget));
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], Sample.Indicators.Select(i => i.Level1).Distinct());
    }

    [Fact]
    public void Write_SampleForm_EveryIndicatorNameAndValueIsInTheText()
    {
        var columns = PdfText.Columns(SamplePdf.Value);
        var missingNames = Sample.Indicators.Select(i => i.Name).Where(n => !columns.Any(c => c.Contains(PdfText.Squeeze(n), StringComparison.Ordinal))).ToList();
        Assert.Empty(missingNames);

        // Every value is a piece of its own on its line, printed exactly as often as the table has it.
        var pieces = PdfText.Pieces(Poppler.Text(SamplePdf.Value)).ToList();
        foreach (var group in Sample.Indicators.Where(i => i.Target is not MissingTarget).GroupBy(i => PdfText.Squeeze(i.Target.Text)))
            Assert.True(group.Count() == pieces.Count(p => p == group.Key), $"{group.Key}: {group.Count()} in the table, {pieces.Count(p => p == group.Key)} in the PDF");
        Assert.Contains("2022年12月31日前", pieces);
        Assert.Contains("≥95%", pieces);
    }

    [Fact]
    public void Write_SampleForm_TitleHeaderAndBudgetAreInTheText()
    {
        var text = PdfText.Squeeze(Poppler.Text(SamplePdf.Value));

        Assert.Contains("南昌市预算绩效目标申报表", text, StringComparison.Ordinal);
        Assert.Contains("(2022年度)", text, StringComparison.Ordinal);
        foreach (var expected in new[]
                 {
                     "项目名称：2022年市大数据发展专项资金", "编报部门(盖章)：南昌市政务服务数据管理局", "部门负责人：宋亮生",
                     "部门预算编码：507001", "编报时间：2022年1月19日", "项目基本情况", "单位：万元",
                     "项目负责人范首江联系人陈凯孝联系电话18107000408", "起始日期2022年1月1日结束日期2022年12月31日",
                     "项目总预算13857.29本年度申请预算10000.00结转结余总额3857.29",
                     "上年度资金本年度资金", "合计3857.2910000.00", "本级财政安排3857.2910000.00",
                 })
            Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SampleForm_LongTextsAreWrappedInsideTheirCellsAndComplete()
    {
        var text = PdfText.Squeeze(Poppler.Text(SamplePdf.Value));
        // -layout puts the row label beside the middle line of a long text: take it out before comparing.
        var withoutLabels = text.Replace("保证项目实施的", "", StringComparison.Ordinal).Replace("制度及措施", "", StringComparison.Ordinal)
            .Replace("项目概况", "", StringComparison.Ordinal).Replace("项目总目标", "", StringComparison.Ordinal).Replace("年度绩效目标", "", StringComparison.Ordinal);

        Assert.Contains(PdfText.Squeeze(Sample.Measures!), withoutLabels, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squeeze(Sample.Overview!), withoutLabels, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squeeze(Sample.AnnualGoal!), withoutLabels, StringComparison.Ordinal);
        Assert.True(Poppler.Text(SamplePdf.Value, page: 1).Split('\n').Count(l => l.Contains("国务院", StringComparison.Ordinal)) >= 1);
    }

    [Fact]
    public void Write_SampleForm_TableHeaderIsRepeatedOnEveryPageOfTheIndicatorTable()
    {
        var pages = PageTexts(SamplePdf.Value);
        Assert.True(pages.Count > 1, $"{pages.Count} page(s)");

        var header = new Regex(@"一级指标\s+二级指标\s+三级指标\s+指标值");
        var values = Sample.Indicators.Select(i => i.Target.Text).Where(t => t.Length > 0).ToHashSet();
        var indicatorPages = pages.Where(p => PdfText.Pieces(p).Any(values.Contains)).ToList();
        Assert.True(indicatorPages.Count >= 2, $"the indicator table is on {indicatorPages.Count} page(s)");
        Assert.All(indicatorPages, page => Assert.Matches(header, page));
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"第{i + 1}页/共{pages.Count}页"), PdfText.Squeeze(pages[i]), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SampleForm_LevelNamesRepeatAtTheTopOfAContinuationPage()
    {
        var pages = PageTexts(SamplePdf.Value);
        var continued = pages.Skip(1).Where(p => p.Contains("一级指标", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.NotEmpty(continued);
        // The first indicator of each continuation page belongs to a group that began on an earlier page, so its
        // level-1 name is printed again on this page.
        Assert.All(continued, page => Assert.Matches("产出指标|效益指标|满意度指标", page));
    }

    [Fact]
    public void Write_SampleForm_EmbedsASubsetOfTheChineseFont()
    {
        var fonts = Poppler.Run("pdffonts", SamplePdf.Value);

        var font = Assert.Single(fonts.Split('\n').Skip(2), l => l.Trim().Length > 0);
        Assert.Matches(@"^[A-Z]{6}\+WenQuanYi", font);                      // a subset tag before the name
        Assert.Matches(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", font); // embedded, subset, with a Unicode map
        Assert.InRange(new FileInfo(SamplePdf.Value).Length, 20_000, 400_000); // a subset, not the 5 MB face
    }

    [Fact]
    public void Write_SampleForm_RendersPageOneToPng()
    {
        var prefix = PdfTestOutput.PathOf("nanchang-2022-page");
        Poppler.Run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", SamplePdf.Value, prefix);

        var png = File.ReadAllBytes(prefix + ".png");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 20_000, $"{png.Length} bytes: page 1 looks empty");
    }

    [Fact]
    public void Write_CompletedReviewBoxWithSeal_PrintsOpinionReviewerDateAndSeal()
    {
        const string fingerprint = "3f:9a:7c:21:0b:44:d1:e8:55:c0:19:7a:aa:02:6e:91:3f:9a:7c:21:0b:44:d1:e8:55:c0:19:7a:aa:02:6e:92";
        var declaration = Sample with
        {
            Reviews = [.. Sample.Reviews.Select(box => box.Kind switch
            {
                ReviewBoxKind.CompetentDepartment => box with { Opinion = "同意申报。", Reviewer = "王芳", Date = new DateOnly(2022, 1, 25) },
                ReviewBoxKind.PerformanceEvaluation => box with
                {
                    Opinion = "绩效目标与年度预算匹配，指标设置较完整；建议将数量指标中“建设1个”等数量移入指标值。评审等级：优。",
                    Reviewer = "李明",
                    Date = new DateOnly(2022, 2, 20),
                },
                _ => box,
            })],
        };
        var options = new PdfOptions
        {
            Seals =
            [
                new PdfSeal(ReviewBoxKind.CompetentDepartment, "南昌市政务服务数据管理局", "0B44D1E855C0197A", Verified: false),
                new PdfSeal(ReviewBoxKind.PerformanceEvaluation, "绩效评价科", fingerprint, Verified: true),
            ],
        };
        var pdf = Write(declaration, "nanchang-2022-reviewed.pdf", options);
        var text = PdfText.Squeeze(Poppler.Text(pdf));

        Assert.Contains(PdfText.Columns(pdf), c => c.Contains(PdfText.Squeeze(declaration.Reviews[2].Opinion!), StringComparison.Ordinal));
        var pieces = PdfText.Pieces(Poppler.Text(pdf)).ToList();
        Assert.Contains("审核人（盖章）：李明", text, StringComparison.Ordinal);
        Assert.Contains("2022年2月20日", text, StringComparison.Ordinal);
        Assert.Contains("绩效评价科", pieces);                                   // the stamp: section, verified, fingerprint
        Assert.Contains("已验证·SM23F9A7C21…", pieces);
        Assert.Contains("签名指纹：3F9A7C210B44D1E855C0197AAA026E913F9A7C210B44D1E855C0197AAA026E92", pieces);
        Assert.Contains("审核人（盖章）：王芳", text, StringComparison.Ordinal);
        Assert.Contains("南昌市政务服务数据管理局", pieces);
        Assert.Contains("未通过验证·SM20B44D1E8…", pieces);
        Assert.DoesNotContain("审核人（盖章）：张", text, StringComparison.Ordinal);

        var last = PageTexts(pdf).Count;
        Poppler.Run("pdftoppm", "-png", "-r", "80", "-f", last.ToString(CultureInfo.InvariantCulture), "-l", last.ToString(CultureInfo.InvariantCulture),
            "-singlefile", pdf, PdfTestOutput.PathOf("nanchang-2022-reviewed-last-page"));
    }

    internal static string Write(Declaration declaration, string fileName, PdfOptions? options = null)
    {
        var path = PdfTestOutput.PathOf(fileName);
        using (var file = File.Create(path)) DeclarationPdf.Write(declaration, file, options);
        return path;
    }

    internal static List<string> PageTexts(string pdf) =>
        [.. Poppler.Text(pdf).Split('\f').Where(p => p.Trim().Length > 0)];
}
