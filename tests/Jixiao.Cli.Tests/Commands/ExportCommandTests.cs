using Jixiao.Interchange;
using Jixiao.Interchange.Json;
using Jixiao.Testing;
using Jixiao.Testing.Documents;

namespace Jixiao.Cli.Tests.Commands;

/// `jixiao export FILE` and `jixiao template`: files written and read back; `jixiao import` reads the exported .xlsx.
public class ExportCommandTests
{
    [Fact]
    public async Task Export_SampleToXlsx_WritesTheFormThatReadsBackEqual()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "申报表.xlsx");

        var run = await CliRun.RunAsync("export", CliRun.SeedText, "--format", "xlsx", "-o", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"已导出「{target}」", run.Stdout);
        Assert.Equal("", run.Stderr);
        ExportedFiles.Keep(File.ReadAllBytes(target), "cli-export-sample.xlsx");
        Assert.Equal(Samples.NanchangDeclaration, FormFile.Read(target).Declaration);
    }

    [Fact]
    public async Task Export_SampleToPdf_WritesAPdfWithEveryIndicatorName()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "申报表.pdf");

        var run = await CliRun.RunAsync("export", CliRun.SeedText, "--format", "pdf", "-o", target);

        Assert.Equal(0, run.ExitCode);
        var text = ExportedFiles.PdfText(ExportedFiles.Keep(File.ReadAllBytes(target), "cli-export-sample.pdf"));
        Assert.Contains("南昌市预算绩效目标申报表", text, StringComparison.Ordinal);
        Assert.Contains(ExportedFiles.Squeeze(Samples.NanchangDeclaration.ProjectName!), text, StringComparison.Ordinal);
        var missing = Samples.NanchangDeclaration.Indicators.Select(i => i.Name).Where(n => !text.Contains(ExportedFiles.Squeeze(n), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "not in the PDF: " + string.Join("、", missing));
    }

    [Fact]
    public async Task Export_OutputFolderOrPdfName_NamesTheFileAfterTheProjectOrTakesTheFormatFromTheExtension()
    {
        using var folder = new TempFolder();
        var named = Path.Combine(folder.Path, "打印.pdf");

        var byExtension = await CliRun.RunAsync("export", CliRun.Seed, "-o", named);
        var intoFolder = await CliRun.RunAsync("export", CliRun.Seed, "-o", folder.Path);

        Assert.Equal((0, 0), (byExtension.ExitCode, intoFolder.ExitCode));
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(named)[..5]);
        var defaultFile = Path.Combine(folder.Path, "2022年市大数据发展专项资金-申报表.xlsx");
        Assert.True(File.Exists(defaultFile), intoFolder.Stdout + intoFolder.Stderr);
        Assert.Equal(FormFile.Read(CliRun.Seed).Declaration, FormFile.Read(defaultFile).Declaration);
    }

    [Fact]
    public async Task ImportJson_OfAnExportedXlsx_IsTheJsonOfTheOriginal()
    {
        using var folder = new TempFolder();
        var exported = Path.Combine(folder.Path, "exported.xlsx");
        Assert.Equal(0, (await CliRun.RunAsync("export", CliRun.SeedText, "-o", exported)).ExitCode);

        var original = await CliRun.RunAsync("import", CliRun.SeedText, "--json");
        var fromXlsx = await CliRun.RunAsync("import", exported, "--json");

        Assert.Equal(0, fromXlsx.ExitCode);
        Assert.Equal(original.Stdout, fromXlsx.Stdout);
        Assert.Equal(Samples.NanchangDeclaration, DeclarationJson.Deserialize(fromXlsx.Stdout));
    }

    [Fact]
    public async Task Export_UnreadableInput_ExitsTwoWithAChineseMessageAndWritesNothing()
    {
        using var folder = new TempFolder();
        var garbage = Path.Combine(folder.Path, "garbage.xlsx");
        File.WriteAllBytes(garbage, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
        var target = Path.Combine(folder.Path, "out.xlsx");
        var absent = CliRun.MissingFile;

        var broken = await CliRun.RunAsync("export", garbage, "-o", target);
        var missing = await CliRun.RunAsync("export", absent, "-o", target);

        Assert.Equal((2, 2), (broken.ExitCode, missing.ExitCode));
        Assert.StartsWith($"无法读取文件「{garbage}」：", broken.Stderr.Trim());
        Assert.Equal($"无法读取文件「{absent}」：文件不存在。", missing.Stderr.Trim());
        Assert.DoesNotContain("   at ", broken.Stderr + missing.Stderr);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Export_UnknownFormat_ExitsTwoWithAChineseMessage()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "out.docx");

        var run = await CliRun.RunAsync("export", CliRun.SeedText, "--format", "docx", "-o", target);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("导出格式「docx」无法识别：format 只能是 xlsx（Excel 申报表）或 pdf。", run.Stderr.Trim());
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Template_WritesTheBlankFormThatImportReads()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "申报表模板.xlsx");

        var run = await CliRun.RunAsync("template", "-o", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(target, run.Stdout);
        ExportedFiles.Keep(File.ReadAllBytes(target), "cli-申报表模板.xlsx");
        var blank = FormFile.Read(target).Declaration;
        Assert.Null(blank.ProjectName);
        Assert.Equal(4, blank.Reviews.Count);
        Assert.Equal(0, (await CliRun.RunAsync("import", target)).ExitCode);
    }
}
