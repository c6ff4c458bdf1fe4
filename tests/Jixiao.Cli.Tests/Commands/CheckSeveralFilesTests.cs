using System.Text.Json;

namespace Jixiao.Cli.Tests.Commands;

public class CheckSeveralFilesTests
{
    [Fact]
    public async Task Check_Folder_SearchesSubfoldersForFormsOnly()
    {
        using var folder = new TempFolder();
        var seed = folder.Copy(CliRun.Seed);
        var nested = folder.Copy(CliRun.WithErrors, Path.Combine("2023", "returned"));
        folder.Write("readme.md", "# not a form");

        var run = await CliRun.RunAsync("check", folder.Path, "--json");

        // In ordinal order of the path, so that two runs list the files alike.
        Assert.Equal(new[] { seed, nested }.Order(StringComparer.Ordinal), run.Json().EnumerateArray().Select(f => f.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Check_SeveralFilesJson_GivesFileErrorAndFindingsPerFile()
    {
        var run = await CliRun.RunAsync("check", CliRun.Seed, CliRun.Malformed, CliRun.WithErrors, "--json");

        var files = run.Json().EnumerateArray().ToList();
        Assert.Equal([CliRun.Seed, CliRun.Malformed, CliRun.WithErrors], files.Select(f => f.GetProperty("file").GetString()));
        Assert.All(files, f => Assert.Equal(["file", "error", "findings"], f.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(JsonValueKind.Null, files[0].GetProperty("error").ValueKind);
        Assert.Contains("不是合法的 JSON", files[1].GetProperty("error").GetString());
        Assert.Equal(0, files[1].GetProperty("findings").GetArrayLength());
        Assert.Contains(files[2].GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "INVALID_JSON_VALUE");
    }

    [Fact]
    public async Task Check_SeveralFiles_ExitsWithTheWorstFilesCode()
    {
        var alone = new List<int>();
        foreach (var file in new[] { CliRun.Seed, CliRun.WithErrors })
            alone.Add((await CliRun.RunAsync("check", file)).ExitCode);

        var together = await CliRun.RunAsync("check", CliRun.Seed, CliRun.WithErrors);
        var withUnreadable = await CliRun.RunAsync("check", CliRun.Seed, CliRun.WithErrors, CliRun.Malformed);

        Assert.Equal(1, alone.Max());
        Assert.Equal(alone.Max(), together.ExitCode);
        Assert.Equal(2, withUnreadable.ExitCode);
    }

    [Fact]
    public async Task Check_Folder_EndsWithSummaryTableOfEveryFile()
    {
        using var folder = new TempFolder();
        var seed = folder.Copy(CliRun.Seed);
        var withErrors = folder.Copy(CliRun.WithErrors);
        var malformed = folder.Copy(CliRun.Malformed);

        var run = await CliRun.RunAsync("check", folder.Path);

        Assert.Equal(2, run.ExitCode);
        var summary = run.Stdout[run.Stdout.IndexOf("检查汇总", StringComparison.Ordinal)..];
        foreach (var column in new[] { "文件", "指标数", "错误", "警告", "状态" }) Assert.Contains(column, summary);
        var rows = summary.Split('\n');
        Assert.Contains(rows, r => r.Contains(malformed) && r.Contains("无法读取"));
        Assert.Contains(rows, r => r.Contains(withErrors) && r.Contains("有错误") && r.Contains("│      5 │"));
        Assert.Contains(rows, r => r.Contains(seed) && r.Contains("│     91 │"));
        Assert.Contains("共 3 个文件：", summary);
        Assert.Contains("1 个无法读取", summary);
        Assert.Contains($"无法读取文件「{malformed}」", run.Stderr);
    }

    [Fact]
    public async Task Check_Folder_ReportsEachReadableFileBeforeTheSummary()
    {
        using var folder = new TempFolder();
        var seed = folder.Copy(CliRun.Seed);
        var withErrors = folder.Copy(CliRun.WithErrors);

        var run = await CliRun.RunAsync("check", folder.Path);

        var summary = run.Stdout.IndexOf("检查汇总", StringComparison.Ordinal);
        Assert.InRange(run.Stdout.IndexOf(seed + "\n", StringComparison.Ordinal), 0, summary);
        Assert.InRange(run.Stdout.IndexOf(withErrors + "\n", StringComparison.Ordinal), 0, summary);
    }

    [Fact]
    public async Task Check_FolderWithoutForms_ExitsTwoSayingSo()
    {
        using var folder = new TempFolder();
        folder.Write("notes.md", "# nothing to check");

        var run = await CliRun.RunAsync("check", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"文件夹「{folder.Path}」中没有可读取的申报表", run.Stderr);
    }
}
