using Jixiao.Testing;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Interchange.Excel;
using Jixiao.Interchange.Excel.Reading;

namespace Jixiao.Interchange.Tests.Excel;

/// Files that are not a readable form are refused with a Chinese reason, whole (no half-read declaration), in
/// bounded memory and time: each test builds its bad file itself.
public class MalformedWorkbookTests
{
    private static FormReadException Refused(byte[] file, string fileName = "上传.xlsx")
    {
        var error = Assert.Throws<FormReadException>(() => DeclarationWorkbook.Read(new MemoryStream(file, writable: false), fileName));
        Assert.Equal(fileName, error.FileName);
        Assert.StartsWith($"无法读取文件「{fileName}」：", error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void Read_EmptyFile_IsRefused() =>
        Assert.Contains("空", Refused([]).Reason, StringComparison.Ordinal);

    [Fact]
    public void Read_TextFileNamedXlsx_IsRefusedAsNotAWorkbook() =>
        Assert.Contains("不是 Excel 工作簿", Refused(Encoding.UTF8.GetBytes("项目名称,金额\n道路养护,100\n")).Reason, StringComparison.Ordinal);

    [Fact]
    public void Read_TruncatedWorkbook_IsRefusedAsDamaged()
    {
        var whole = TestFiles.Export(Samples.NanchangDeclaration, "malformed-source.xlsx");

        Assert.Contains("损坏", Refused(whole[..(whole.Length / 2)]).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PasswordProtectedWorkbook_IsRefusedAsEncrypted()
    {
        var encrypted = BadFiles.CompoundFile("EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces");

        Assert.Contains("文件已加密", Refused(encrypted).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LegacyXlsWorkbook_AsksToSaveAsXlsx()
    {
        var xls = BadFiles.CompoundFile("Workbook", "\u0005SummaryInformation");

        var reason = Refused(xls, "申报表.xls").Reason;

        Assert.Contains(".xls", reason, StringComparison.Ordinal);
        Assert.Contains("请在 Excel 或 WPS 中另存为 .xlsx", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("加密", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBombWithHonestSizes_IsRefusedBeforeInflating()
    {
        var bomb = BadFiles.ZipBomb(inflatedMegabytes: 2048);       // 2 GB of sheet XML in about 2 MB
        Assert.True(bomb.Length < 4 << 20, $"{bomb.Length} bytes");
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var reason = Refused(bomb).Reason;

        Assert.Contains("压缩炸弹", reason, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 64L << 20);
    }

    [Fact]
    public void Read_ZipBombWhoseDirectoryUnderstatesItsSize_IsRefusedWithoutInflatingIt()
    {
        // The directory claims 2 KB; the data would inflate to 1 GB. Nothing past the claimed size is inflated.
        var bomb = BadFiles.ZipBomb(inflatedMegabytes: 1024, declaredBytes: 2048);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        // .NET stops inflating at the size the directory states, so the sheet ends mid-XML: damaged. Were it to read
        // on, the reader's own count would stop it at 50 MB as a zip bomb.
        Assert.Matches("损坏|压缩炸弹", Refused(bomb).Reason);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 64L << 20);
    }

    [Fact]
    public void Read_SheetWithTooManyRows_IsRefused()
    {
        var huge = BadFiles.Workbook1(BadFiles.Sheet(rows: 12_000, columns: 1));

        Assert.Contains("超过 10000 行", Refused(huge).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SheetWithTooManyCells_IsRefused()
    {
        var huge = BadFiles.Workbook1(BadFiles.Sheet(rows: 1_100, columns: 100));

        Assert.Contains("超过 100000 个有内容的单元格", Refused(huge).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipThatIsNotAWorkbook_IsRefused()
    {
        var zip = BadFiles.Zip(("readme.txt", "申报材料"), ("data/表格.csv", "a,b"));

        Assert.Contains("不是 Excel 工作簿", Refused(zip).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WordDocument_IsRefusedAsNotAWorkbook()
    {
        var docx = BadFiles.Zip(
            ("_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
            ("word/document.xml", """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>"""));

        Assert.Contains("不是 Excel 工作簿", Refused(docx, "申报表.docx").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WordDocumentWithItsContentTypes_IsRefusedAsNotAWorkbook()
    {
        using var docx = new MemoryStream();
        using (var word = WordprocessingDocument.Create(docx, WordprocessingDocumentType.Document))
            word.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("项目名称：城市道路养护")))));

        Assert.Contains("不是 Excel 工作簿", Refused(docx.ToArray(), "申报表.docx").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBombWithinTheSizeLimits_IsRefusedByItsCompressionRatio()
    {
        var bomb = BadFiles.ZipBomb(inflatedMegabytes: 40);         // honest sizes, under the 50 MB part limit

        var reason = Refused(bomb).Reason;

        Assert.Contains("压缩炸弹", reason, StringComparison.Ordinal);
        Assert.Contains("倍", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PartLongerThanTheCharacterLimit_IsStoppedByTheXmlParser()
    {
        // Its zip directory is honest and small; the bound that stops it is OpenSettings.MaxCharactersInPart.
        var sheet = BadFiles.Workbook1(BadFiles.Sheet(rows: 3_000, columns: 1));
        var limits = new ReadLimits { MaxPartCharacters = 100_000 };

        var error = Assert.Throws<FormReadException>(() => FormWorkbookReader.Read(new MemoryStream(sheet, writable: false), "长.xlsx", limits));

        Assert.Contains("超过 100000 个字符", error.Reason, StringComparison.Ordinal);
        Assert.Contains("压缩炸弹", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SheetOfValuelessCellsBeyondTheElementLimit_IsRefused()
    {
        // Cells with a style and no value count toward no cell limit; the element budget stops them.
        var sheet = BadFiles.Workbook1(BadFiles.EmptyCells(count: 30_000));
        var limits = new ReadLimits { MaxElements = 20_000 };

        var error = Assert.Throws<FormReadException>(() => FormWorkbookReader.Read(new MemoryStream(sheet, writable: false), "空白.xlsx", limits));

        Assert.Contains("超过 20000 项", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CellPaddedWithAMillionElements_IsStreamedAndStoppedByTheElementLimit()
    {
        // 8 MB of short elements inside one <c>. Loaded as a subtree (LoadCurrentElement) it would take a quarter of a
        // gigabyte and count as one element; streamed, each child counts and the limit stops the read.
        var sheet = BadFiles.Workbook1(BadFiles.PaddedCell(elements: 1_100_000));

        Assert.Contains("超过 1000000 项", Refused(sheet).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RelationshipPartLargerThanAnyWorkbookHas_IsRefusedBeforeParsing()
    {
        // 40,000 links in the workbook's relationships: System.IO.Packaging would hold them all as objects.
        var links = string.Concat(Enumerable.Range(1, 40_000).Select(i =>
            $"""<Relationship Id="link{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.cn/{i * 7919}" TargetMode="External"/>"""));
        var rels = BadFiles.WorkbookRels.Replace("</Relationships>", links + "</Relationships>", StringComparison.Ordinal);

        var reason = Refused(BadFiles.Workbook1(BadFiles.Sheet(rows: 1, columns: 1), rels)).Reason;

        Assert.Contains("xl/_rels/workbook.xml.rels", reason, StringComparison.Ordinal);
        Assert.Contains("超过 4 MB", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WorkbookWithoutTheForm_IsRefused()
    {
        var other = new ForeignWorkbook().Sheet("Sheet1").Row(1, 1, "姓名", "年龄").Row(2, 1, "张三", 30).Save();

        Assert.Contains("没有找到预算绩效目标申报表", Refused(other).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SheetWithEntityExpansion_IsRefusedAsDamaged()
    {
        const string laughs = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>""";

        Assert.Contains("损坏", Refused(BadFiles.Workbook1(laughs)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileLargerThanAnyForm_IsRefusedWithoutReadingIt()
    {
        var reason = Refused(new byte[21 * 1024 * 1024]).Reason;

        Assert.Contains("文件过大", reason, StringComparison.Ordinal);
    }
}
