using System.Buffers.Binary;
using Jixiao.Domain.Declarations;
using Jixiao.Interchange.Pdf;
using Jixiao.Testing.Documents;

namespace Jixiao.Interchange.Tests.Pdf;

/// The Chinese font: found, cut out of its TrueType collection, and set up once per process however many documents
/// are written at once.
public class PdfFontTests
{
    private static readonly Declaration Small = new() { Title = "南昌市预算绩效目标申报表", Year = 2022, ProjectName = "并发测试项目" };

    [Fact]
    public void Write_FontFileMissing_ThrowsChineseErrorNamingTheDebianPackage()
    {
        var options = new PdfOptions { FontFile = "/nonexistent/wqy-microhei.ttc" };

        var error = Assert.Throws<FileNotFoundException>(() => DeclarationPdf.ToBytes(Small, options));

        Assert.Contains("找不到生成 PDF 所需的中文字体文件", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install fonts-wqy-microhei", error.Message, StringComparison.Ordinal);
        Assert.Equal("/nonexistent/wqy-microhei.ttc", error.FileName);
    }

    [Fact]
    public void Extract_DebianCollection_CutsFaceZeroAsPlainTrueType()
    {
        var collection = File.ReadAllBytes(PdfOptions.DefaultFontFile);

        var face = TtcExtractor.Extract(collection, 0, PdfOptions.DefaultFontFile);

        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(face));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(face.AsSpan(4));
        var tags = new List<string>();
        for (var i = 0; i < tables; i++)
        {
            var record = face.AsSpan(12 + 16 * i, 16);
            tags.Add(System.Text.Encoding.ASCII.GetString(record[..4]));
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            Assert.True(offset % 4 == 0 && offset + length <= face.Length, $"table {tags[^1]} at {offset}+{length} of {face.Length}");
        }
        Assert.Superset(new HashSet<string> { "cmap", "glyf", "head", "hmtx", "loca", "name" }, tags.ToHashSet());
        Assert.True(face.Length < collection.Length, "face 0 alone is smaller than the collection");
    }

    [Fact]
    public void Extract_CffFont_IsRefusedBecauseItCannotBeSubset()
    {
        var otf = new byte[64];
        BinaryPrimitives.WriteUInt32BigEndian(otf, 0x4F54544F);   // 'OTTO', as in NotoSansCJK

        var error = Assert.Throws<InvalidDataException>(() => TtcExtractor.Extract(otf, 0, "NotoSansCJK-Regular.otf"));

        Assert.Contains("CFF", error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-wqy-microhei", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ManyDocumentsOnManyThreadsWithTwoFontFiles_AllComeOutWithTheirText()
    {
        // A second path to the same face registers a second family: the resolver serves both, set up only once.
        var copy = Path.Combine(Path.GetTempPath(), $"jixiao-font-{Guid.NewGuid():N}.ttc");
        File.Copy(PdfOptions.DefaultFontFile, copy);
        try
        {
            var results = new byte[8][];
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
                results[i] = DeclarationPdf.ToBytes(Small with { ProjectName = $"并发测试项目{i}" },
                    i % 2 == 0 ? null : new PdfOptions { FontFile = copy }));

            for (var i = 0; i < results.Length; i++)
            {
                var path = PdfTestOutput.PathOf($"parallel-{i}.pdf");
                File.WriteAllBytes(path, results[i]);
                Assert.Contains($"项目名称：并发测试项目{i}", PdfText.Squeeze(Poppler.Text(path)), StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(copy);
        }
    }
}
