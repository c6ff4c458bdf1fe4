using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Excel;

namespace Jixiao.Interchange.Tests.Excel;

public class WorkbookTemplateTests
{
    [Fact]
    public void Template_HasBlankIndicatorRowsUnderEachLevel2_WithMergedLevels()
    {
        var (document, sheet) = TestFiles.Open(TestFiles.Template());
        using var _ = document;
        var h = sheet.CellWithText(document, "一级指标").Position().Row;

        Assert.Equal("产出指标", sheet.At($"B{h + 1}").Text(document));
        Assert.Equal("数量指标", sheet.At($"C{h + 1}").Text(document));
        Assert.Equal("质量指标", sheet.At($"C{h + 6}").Text(document));
        Assert.Equal("服务对象满意度指标", sheet.At($"C{h + 24}").Text(document));
        Assert.Contains($"C{h + 1}:C{h + 5}", sheet.MergedRanges());
        Assert.Contains($"B{h + 1}:B{h + 14}", sheet.MergedRanges());
        Assert.Equal("审核意见", sheet.At($"A{h + 26}").Text(document));
        for (var row = h + 1; row <= h + 25; row++)
        {
            Assert.Null(sheet.At($"D{row}").Text(document));
            Assert.Null(sheet.At($"F{row}").Text(document));
        }
    }

    [Fact]
    public void Template_HasDropDownListsForLevelsAndProjectTypes_AndInputMessages()
    {
        var (document, sheet) = TestFiles.Open(TestFiles.Template());
        using var _ = document;
        var h = sheet.CellWithText(document, "一级指标").Position().Row;
        var validations = sheet.Descendants<DataValidation>().ToList();

        DataValidation On(string range) => validations.Single(v => v.SequenceOfReferences!.InnerText == range);

        Assert.Equal("\"产出指标,成本指标,效益指标,满意度指标\"", On($"B{h + 1}:B{h + 25}").Formula1!.Text);
        var level2 = On($"C{h + 1}:C{h + 25}").Formula1!.Text.Trim('"').Split(',');
        Assert.Equal(12, level2.Length);
        Assert.Contains("生态环境成本指标", level2);
        Assert.Contains("服务对象满意度指标", level2);
        Assert.Contains(validations, v => v.Formula1?.Text == "\"一般项目,PPP项目,政府债务项目,政府采购项目,政府购买服务项目\"");
        Assert.Contains("≥95%", On($"F{h + 1}:F{h + 25}").Prompt!.Value, StringComparison.Ordinal);
        Assert.NotNull(On($"D{h + 1}:D{h + 25}").Prompt);
        // Excel refuses longer input messages.
        Assert.All(validations.Where(v => v.Prompt is not null), v =>
        {
            Assert.True(v.Prompt!.Value!.Length <= 255);
            Assert.True(v.PromptTitle!.Value!.Length <= 32);
        });
    }

    [Fact]
    public void Template_ReadsBackAsABlankForm()
    {
        var result = TestFiles.Import(TestFiles.Template(), "申报表模板.xlsx");

        DeclarationAssert.Equal(
            new Declaration
            {
                Title = "南昌市预算绩效目标申报表",
                Region = "南昌市",
                FundSources = FundSourceNames.EmptyNanchangTree(),
                Reviews = ReviewBox.NanchangBoxes(),
                Notes = [.. FormLabels.NanchangNotes],
            },
            result.Declaration);
        Assert.Empty(result.Findings);
    }
}
