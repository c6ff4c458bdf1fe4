using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Excel.Summary;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Excel.Summary;

/// The summary workbook (汇总表.xlsx) of a bulk export, read back with the Open XML SDK.
public class SummaryWorkbookTests
{
    private static byte[] Write(IReadOnlyCollection<SummaryEntry> entries, string keepAs)
    {
        using var stream = new MemoryStream();
        SummaryWorkbook.Write(stream, entries);
        return TestFiles.Keep(stream.ToArray(), keepAs);
    }

    private static SummaryEntry SampleEntry() =>
        SummaryEntry.Of(Samples.NanchangDeclaration, DeclarationChecker.Run(Samples.NanchangDeclaration)) with
        {
            Department = "南昌市政务服务数据管理局", Status = "审核中", CurrentStage = "市财政局业务科", Version = 3,
            FileName = "001-2022年市大数据发展专项资金-申报表.pdf", Id = "6f1c0a9e-0000-0000-0000-000000000001",
        };

    [Fact]
    public void Write_SampleForm_IsValidSpreadsheetMLWithTwoSheets()
    {
        var file = Write([SampleEntry()], "summary-sample.xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal([SummaryWorkbook.DeclarationSheet, SummaryWorkbook.IndicatorSheet],
            document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void Write_SampleForm_OneRowWithNumbersAndCountsAndOneRowPerIndicator()
    {
        var sample = Samples.NanchangDeclaration;
        var findings = DeclarationChecker.Run(sample);
        var file = Write([SampleEntry()], "summary-sample.xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var rows = Rows(document, 0);
        Assert.Equal(2, rows.Count);
        Assert.Equal(SummaryWorkbook.DeclarationHeader, rows[0].Select(c => Text(c)));
        var row = rows[1];
        Assert.Equal(["1", sample.ProjectName, "南昌市政务服务数据管理局", "2022", "审核中", "市财政局业务科", "3"], row.Take(7).Select(c => Text(c) ?? c.CellValue?.Text));
        Assert.Equal([13857.29m, 10000m, 3857.29m], row.Skip(7).Take(3).Select(c => decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(row.Skip(7).Take(3), c => Assert.Equal(2u, Format(document, c)));   // built-in 0.00
        Assert.Null(row[7].DataType);                                                   // a number, not text
        var counts = row.Skip(10).Take(8).Select(c => int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(
            [sample.Indicators.Count(i => i.Level1 == IndicatorTaxonomy.Output), sample.Indicators.Count(i => i.Level1 == IndicatorTaxonomy.Benefit),
             sample.Indicators.Count(i => i.Level1 == IndicatorTaxonomy.Satisfaction), 0, 0, 91,
             findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning)],
            counts);
        Assert.Equal(["001-2022年市大数据发展专项资金-申报表.pdf", "6f1c0a9e-0000-0000-0000-000000000001"], row.Skip(18).Select(c => Text(c)));

        var indicators = Rows(document, 1);
        Assert.Equal(92, indicators.Count);
        Assert.Equal(SummaryWorkbook.IndicatorHeader, indicators[0].Select(c => Text(c)));
        var first = sample.Indicators[0];
        Assert.Equal(["1", sample.ProjectName, first.Level1, first.Level2, first.Name, first.Target.ToString(), SummaryWorkbook.KindLabel(first.Target.Kind)],
            indicators[1].Select(c => Text(c) ?? c.CellValue?.Text));
        Assert.Equal(2, indicators.Count(r => Text(r[6]) == "未填写"));    // the sample's two missing values
    }

    [Fact]
    public void Write_TextsLookingLikeFormulas_AreDataWithAQuotePrefix()
    {
        var entry = new SummaryEntry
        {
            ProjectName = "=HYPERLINK(\"http://example.com\",\"点击\")",
            Department = "+86 791",
            Indicators = [new SummaryIndicator(IndicatorTaxonomy.Output, IndicatorTaxonomy.Quantity, "@SUM(A1)", "-1个", TargetKind.Quantity)],
        };

        var file = Write([entry], "summary-formula-like.xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var cells = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        foreach (var text in new[] { entry.ProjectName, "+86 791", "@SUM(A1)", "-1个" })
        {
            var cell = cells.First(c => Text(c) == text);
            Assert.True(Style(document, cell).QuotePrefix?.Value, $"{text} has no quote prefix");
        }
    }

    [Fact]
    public void Write_NoDeclarations_IsTheHeadersOnly()
    {
        var file = Write([], "summary-empty.xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        Assert.Single(Rows(document, 0));
        Assert.Single(Rows(document, 1));
    }

    private static List<List<Cell>> Rows(SpreadsheetDocument document, int sheet)
    {
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheet).Id!.Value!;
        return [.. ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList())];
    }

    private static string? Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : null;

    private static CellFormat Style(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static uint Format(SpreadsheetDocument document, Cell cell) => Style(document, cell).NumberFormatId!.Value;
}
