using Jixiao.Testing;
using System.IO.Compression;
using System.Text;
using Jixiao.Interchange.Excel;

namespace Jixiao.Interchange.Tests.Excel;

/// Packages that are valid but unusual, and packages damaged at random: the Open XML SDK reads the first, and the
/// second are read or refused with a Chinese reason, never with another exception.
public class WorkbookPackageTests
{
    [Fact]
    public void Import_StrictOpenXmlWorkbook_ReadsTheSameForm()
    {
        // "Strict Open XML Spreadsheet" in Excel's Save As: the same parts under the ISO namespaces.
        var strict = Rewrite(TestFiles.Export(Samples.NanchangDeclaration, "package-transitional.xlsx"), (name, xml) => name == "[Content_Types].xml"
            ? xml
            : xml.Replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main", StringComparison.Ordinal)
                 .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal));
        Assert.Contains("purl.oclc.org", Encoding.UTF8.GetString(Entry(strict, "xl/worksheets/sheet1.xml")), StringComparison.Ordinal);

        var result = TestFiles.Import(TestFiles.Keep(strict, "package-strict.xlsx"));

        DeclarationAssert.Equal(Samples.NanchangDeclaration, result.Declaration);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Import_SheetWithAMalformedHyperlinkAddress_ReadsTheForm()
    {
        // A link whose address is no URI, as older Office versions wrote them: System.IO.Packaging refuses the package
        // until the SDK repairs the address, which it does only for a package it opens from a stream itself.
        var file = Rewrite(TestFiles.Export(Samples.NanchangDeclaration, "package-hyperlink-source.xlsx"), (_, xml) => xml,
            ("xl/worksheets/_rels/sheet1.xml.rels",
             """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:财政局 绩效科@nc%gov%cn" TargetMode="External"/></Relationships>"""));

        var result = TestFiles.Import(TestFiles.Keep(file, "package-malformed-hyperlink.xlsx"));

        DeclarationAssert.Equal(Samples.NanchangDeclaration, result.Declaration);
    }

    [Fact]
    public void Read_ContentTypeDamaged_IsRefusedAsABrokenPackage()
    {
        // one of the damages the random test below met only now and then: System.IO.Packaging throws ArgumentException
        var file = Rewrite(TestFiles.Export(Samples.NanchangDeclaration, "package-content-type-source.xlsx"), (name, xml) => name == "[Content_Types].xml"
            ? xml.Replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "spreadsheet", StringComparison.Ordinal)
            : xml);

        var refused = Assert.Throws<FormReadException>(() => TestFiles.Import(file, "损坏.xlsx"));

        Assert.Contains("文件已损坏：工作簿的部件或关系不符合 .xlsx 格式。", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DamagedAtRandom_IsReadOrRefusedWithAReason()
    {
        var whole = TestFiles.Export(Samples.NanchangDeclaration, "package-damage-source.xlsx");
        var unexpected = new List<string>();
        var refused = 0;
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed);
            var file = (byte[])whole.Clone();
            if (seed % 3 == 0) file = file[..random.Next(30, file.Length)];
            else
                for (var i = random.Next(1, 9); i > 0; i--) file[random.Next(file.Length)] = (byte)random.Next(256);
            try
            {
                TestFiles.Import(file, "损坏.xlsx");
            }
            catch (FormReadException)
            {
                refused++;
            }
            catch (Exception e)
            {
                unexpected.Add($"seed {seed}: {e}");
            }
        }

        Assert.Empty(unexpected);
        Assert.True(refused > 100, $"{refused} of 300 refused");
    }

    /// The package with every XML entry passed through <paramref name="edit"/> and <paramref name="added"/> entries.
    private static byte[] Rewrite(byte[] file, Func<string, string, string> edit, params (string Name, string Content)[] added)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                Write(target, entry.FullName, edit(entry.FullName, reader.ReadToEnd()));
            }
            foreach (var (name, content) in added) Write(target, name, content);
        }
        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private static byte[] Entry(byte[] file, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        using var stream = new MemoryStream();
        zip.GetEntry(name)!.Open().CopyTo(stream);
        return stream.ToArray();
    }
}
