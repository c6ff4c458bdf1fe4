using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Pdf;
using Jixiao.Testing.Documents;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Pdf;

/// Forms the sample does not exercise: text longer than a page, a table of hundreds of rows, a blank form.
public class PdfLayoutTests
{
    [Fact]
    public void Write_OverviewLongerThanAPage_ContinuesOnTheNextPageWithItsLabel()
    {
        var overview = string.Concat(Enumerable.Range(1, 120).Select(i => string.Create(CultureInfo.InvariantCulture, $"第{i}段：推动政务信息系统跨部门跨层级互联互通、信息共享和业务协同。")));
        var declaration = Samples.NanchangDeclaration with { Overview = overview };

        var pdf = DeclarationPdfTests.Write(declaration, "long-overview.pdf");

        Assert.Contains(PdfText.Columns(pdf), column => column.Contains(PdfText.Squeeze(overview), StringComparison.Ordinal));
        var pages = DeclarationPdfTests.PageTexts(pdf);
        Assert.True(pages.Count(p => p.Contains("项目概况", StringComparison.Ordinal)) >= 2, "the label is printed on each page the text runs over");
        Assert.Contains("第120段", PdfText.Squeeze(pages[1]) + PdfText.Squeeze(pages[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThreeHundredIndicators_HeaderOnEveryPageAndEveryRowPrinted()
    {
        var indicators = Enumerable.Range(1, 300).Select(i => new Indicator
        {
            Level1 = i <= 200 ? IndicatorTaxonomy.Output : IndicatorTaxonomy.Benefit,
            Level2 = i <= 200 ? IndicatorTaxonomy.Quantity : IndicatorTaxonomy.Social,
            Name = string.Create(CultureInfo.InvariantCulture, $"测试指标第{i:000}号"),
            Target = TargetValue.Parse(string.Create(CultureInfo.InvariantCulture, $"≥{i}个")),
        }).ToList();
        var declaration = Samples.NanchangDeclaration with { Indicators = indicators };

        var pdf = DeclarationPdfTests.Write(declaration, "three-hundred-indicators.pdf");

        var pages = DeclarationPdfTests.PageTexts(pdf);
        var tablePages = pages.Where(p => p.Contains("测试指标第", StringComparison.Ordinal)).ToList();
        Assert.True(tablePages.Count >= 8, $"{tablePages.Count} pages");
        Assert.All(tablePages, page => Assert.Matches(new Regex(@"一级指标\s+二级指标\s+三级指标\s+指标值"), page));
        var text = PdfText.Squeeze(string.Concat(pages));
        var missing = indicators.Where(i => !text.Contains(i.Name, StringComparison.Ordinal)).Select(i => i.Name).ToList();
        Assert.Empty(missing);
        Assert.Equal(300, Regex.Matches(text, "测试指标第").Count);   // no row printed twice at a page break
    }

    [Fact]
    public void Write_BlankDeclaration_PrintsTheEmptyFormToFillIn()
    {
        var pdf = DeclarationPdfTests.Write(new Declaration { Region = "南昌市" }, "blank.pdf");

        var text = PdfText.Squeeze(Poppler.Text(pdf));
        foreach (var expected in new[]
                 {
                     "南昌市预算绩效目标申报表", "项目名称：", "项目基本情况", "项目总预算", "本年度申请预算", "项目资金来源",
                     "(一)财政拨款", "其中：1.上级财政拨款", "(三)其它资金", "一级指标二级指标三级指标指标值",
                     "主管部门审核意见", "市财政局归口科室审核意见", "注：1.表格最后一列",
                 })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Matches(text, "审核人（盖章）：").Count);
    }

    [Fact]
    public void Write_LongReviewerName_DoesNotRunIntoTheDate()
    {
        var reviews = Domain.Review.ReviewBox.NanchangBoxes().Select(b => b with
        {
            Opinion = "同意", Reviewer = "南昌市政务服务数据管理局审核人", Date = new DateOnly(2022, 3, 1),
        }).ToList();

        var pdf = DeclarationPdfTests.Write(Samples.NanchangDeclaration with { Reviews = reviews }, "long-reviewer-name.pdf");

        // on each signature line the reviewer's name ends left of where the date starts
        var words = Words(pdf);
        var names = words.Where(w => w.Text.EndsWith("审核人", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, names.Count);
        foreach (var name in names)
        {
            var date = words.Single(w => w.Page == name.Page && Math.Abs(w.Top - name.Top) < 2 && w.Text.StartsWith("2022年", StringComparison.Ordinal));
            Assert.True(name.Right < date.Left, $"name ends at {name.Right}, date starts at {date.Left}");
        }
    }

    private static List<(int Page, double Left, double Right, double Top, string Text)> Words(string pdf)
    {
        var html = Poppler.Run("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-");
        var page = 0;
        var words = new List<(int, double, double, double, string)>();
        foreach (Match m in Regex.Matches(html, @"<page |<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""[\d.]+"">([^<]*)</word>"))
        {
            if (m.Value.StartsWith("<page", StringComparison.Ordinal)) { page++; continue; }
            double At(int group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
            words.Add((page, At(1), At(3), At(2), m.Groups[4].Value));
        }
        return words;
    }
}
