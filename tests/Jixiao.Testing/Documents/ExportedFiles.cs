using System.Text.RegularExpressions;

namespace Jixiao.Testing.Documents;

/// Exported documents in tests: kept under test-output/excel/, test-output/pdf/ and (zips) test-output/exports/ at the
/// repository root (git-ignored) for a person to open, and PDFs read back with pdftotext (poppler-utils; ./test.sh
/// installs it).
public static partial class ExportedFiles
{
    /// Writes <paramref name="content"/> to test-output/{excel|pdf|exports}/<paramref name="name"/> and returns the path.
    public static string Keep(byte[] content, string name)
    {
        var kind = Path.GetExtension(name).ToLowerInvariant() switch { ".pdf" => "pdf", ".zip" => "exports", _ => "excel" };
        var folder = Path.Combine(Samples.Root, "test-output", kind);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// The PDF's text in content order (pdftotext -raw) without any whitespace, so that a name wrapped over two
    /// lines of its cell is found as one string.
    public static string PdfText(string pdf) => Squeeze(Poppler.Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"));

    public static string Squeeze(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
