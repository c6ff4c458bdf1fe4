using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Pdf;

/// test-output/pdf/ at the repository root (git-ignored): the PDFs and the PNG of page 1 the tests write, to look at.
internal static class PdfTestOutput
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(Samples.Root, "test-output", "pdf")).FullName;

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);
}
