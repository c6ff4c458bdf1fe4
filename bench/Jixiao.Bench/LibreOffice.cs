using System.Diagnostics;

namespace Jixiao.Bench;

/// LibreOffice converting workbooks to PDF headless, as people print these forms today
/// (`libreoffice --headless --convert-to pdf`, Debian package libreoffice-calc-nogui).
internal sealed class LibreOffice(string executable, string profile)
{
    /// LibreOffice on the PATH, with a profile of its own so that the runs neither meet a user's open instance nor
    /// another benchmark's profile lock; null when it is not installed.
    public static LibreOffice? Find(string workFolder)
    {
        foreach (var name in new[] { "libreoffice", "soffice" })
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
                if (File.Exists(Path.Combine(folder, name)))
                    return new LibreOffice(Path.Combine(folder, name), Path.Combine(workFolder, "profile"));
        return null;
    }

    public string Version()
    {
        var (output, _) = Run(["--version"]);
        return output.Trim();
    }

    /// Converts the workbooks in one process and returns the wall-clock time, process start to exit.
    public TimeSpan Convert(IReadOnlyList<string> workbooks, string outputFolder)
    {
        var watch = Stopwatch.StartNew();
        var (output, exitCode) = Run(["--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation=file://{profile}",
            "--convert-to", "pdf", "--outdir", outputFolder, .. workbooks]);
        watch.Stop();
        foreach (var workbook in workbooks)
        {
            var pdf = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(workbook) + ".pdf");
            if (exitCode != 0 || !File.Exists(pdf))
                throw new InvalidOperationException($"LibreOffice did not convert {workbook} (exit {exitCode}): {output}");
        }
        return watch.Elapsed;
    }

    private (string Output, int ExitCode) Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (output + error.Result, process.ExitCode);
    }
}
