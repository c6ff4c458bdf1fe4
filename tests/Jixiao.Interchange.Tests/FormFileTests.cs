using Jixiao.Domain.Declarations;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests;

/// Reading a file: encodings, and files that are not forms.
public class FormFileTests
{
    private static readonly Lazy<ReadResult> Seed = new(() => FormFile.Read(Samples.NanchangSeed));

    [Theory]
    [InlineData("nanchang-gb18030.txt")]
    [InlineData("nanchang-utf8-bom.txt")]
    public void OtherEncodingsOfTheSeed_ReadEqualToTheUtf8Seed(string fileName)
    {
        var copy = FormFile.Read(Samples.TestForm(fileName));

        Assert.Equal(Seed.Value.Declaration, copy.Declaration);
        Assert.Equal(91, copy.Declaration.Indicators.Count);
        Assert.Equal(Seed.Value.Sources.Entries.OrderBy(e => e.Key), copy.Sources.Entries.OrderBy(e => e.Key));
    }

    [Fact]
    public void Gb18030Copy_IsNotValidUtf8_SoTheTestReallyCoversTheFallback()
    {
        var bytes = File.ReadAllBytes(Samples.TestForm("nanchang-gb18030.txt"));
        Assert.Throws<System.Text.DecoderFallbackException>(() => new System.Text.UTF8Encoding(false, true).GetString(bytes));
    }

    [Theory]
    [InlineData("empty.txt", "空")]
    [InlineData("binary-garbage.bin", "不是可识别的文本")]
    [InlineData("not-a-form.txt", "不是一份绩效目标申报表")]
    public void BadFile_ThrowsFormReadException_NamingTheFileAndTheReason(string fileName, string reason)
    {
        var path = Samples.TestForm(fileName);

        var error = Assert.Throws<FormReadException>(() => FormFile.Read(path));

        Assert.Contains(fileName, error.Message);
        Assert.Contains(reason, error.Message);
        Assert.StartsWith("无法读取文件", error.Message);
    }

    [Fact]
    public void MissingPath_ThrowsFormReadException_NamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "jixiao-no-such-form-0f3a.txt");

        var error = Assert.Throws<FormReadException>(() => FormFile.Read(path));

        Assert.Contains("jixiao-no-such-form-0f3a.txt", error.Message);
        Assert.Contains("不存在", error.Message);
    }

    [Fact]
    public void Folder_ThrowsFormReadException()
    {
        var error = Assert.Throws<FormReadException>(() => FormFile.Read(Path.Combine(Samples.Root, "samples")));
        Assert.Contains("文件夹", error.Message);
    }

    [Fact]
    public void WhitespaceOnlyFile_ThrowsFormReadException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-blank-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, " \n\t\n  \n");
        try
        {
            var error = Assert.Throws<FormReadException>(() => FormFile.Read(path));
            Assert.Contains("空", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void JsonFile_IsNotTakenForText_TheJsonReaderPlugsIn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "projectName": "示例" }""");
        try
        {
            var error = Assert.Throws<FormReadException>(() => FormFile.Read(path));
            Assert.Contains("JSON", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SeedCutAndShuffled_NeverThrowsAnythingButFormReadException()
    {
        var lines = File.ReadAllLines(Samples.NanchangSeed);
        var random = new Random(20220119);
        for (var round = 0; round < 200; round++)
        {
            var kept = lines.Where(_ => random.Next(4) > 0).OrderBy(_ => random.Next(3)).ToArray();
            var text = string.Join('\n', kept);
            if (round % 3 == 0 && text.Length > 0) text = text[..random.Next(text.Length)];
            if (round % 5 == 0) text = text.Replace('\t', '|');
            try
            {
                var result = Jixiao.Interchange.Text.TextFormReader.Read(text, "shuffled.txt");
                Assert.NotNull(result.Declaration);
            }
            catch (FormReadException)
            {
            }
        }
    }
}
