using System.Text.Json;
using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// One in-process run of `jixiao` with captured stdout and stderr.
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await JixiaoCli.RunAsync(args, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement.Clone();

    public static string Seed => Samples.TestForm("json/nanchang-2022-big-data-fund.json");
    public static string WithErrors => Samples.TestForm("json/with-errors.json");
    public static string WrongType => Samples.TestForm("json/wrong-type.json");
    public static string Malformed => Samples.TestForm("json/malformed.json");
    public static string SeedText => Samples.NanchangSeed;

    public static string MissingFile => Path.Combine(Path.GetTempPath(), $"jixiao-missing-{Guid.NewGuid():N}.json");
}

/// A folder of its own under the temp folder, removed after the test.
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"jixiao-cli-{Guid.NewGuid():N}");

    public TempFolder() => Directory.CreateDirectory(Path);

    /// Copies a file into the folder (or a subfolder of it) and returns its new path.
    public string Copy(string file, string? subfolder = null)
    {
        var folder = subfolder is null ? Path : System.IO.Path.Combine(Path, subfolder);
        Directory.CreateDirectory(folder);
        var target = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file));
        File.Copy(file, target);
        return target;
    }

    public string Write(string name, string content)
    {
        var target = System.IO.Path.Combine(Path, name);
        File.WriteAllText(target, content);
        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
