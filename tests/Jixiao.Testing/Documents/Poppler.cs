using System.Diagnostics;

namespace Jixiao.Testing.Documents;

/// Runs the poppler-utils tools (pdftotext, pdffonts, pdftoppm) that read the PDF back; ./test.sh installs them.
public static class Poppler
{
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is missing: install the Debian package poppler-utils (./test.sh does)", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited {process.ExitCode}: {stderr.Result}");
            return output;
        }
    }

    /// The text of the PDF as pdftotext -layout gives it, optionally of one page only.
    public static string Text(string pdf, int? page = null) => page is { } p
        ? Run("pdftotext", "-layout", "-enc", "UTF-8", "-f", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", p.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-")
        : Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");
}
