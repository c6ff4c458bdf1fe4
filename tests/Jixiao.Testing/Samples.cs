using Jixiao.Domain.Declarations;
using Jixiao.Interchange;

namespace Jixiao.Testing;

/// Paths to the real forms kept in the repository's samples/ folder.
public static class Samples
{
    public static string Root { get; } = FindRoot();

    /// The 2022 Nanchang form for the city's big-data fund, extracted from its PDF as tab-separated text.
    public static string NanchangSeed => Path.Combine(Root, "samples", "nanchang-2022-big-data-fund.txt");

    /// The sample form as the text reader reads it: the one transcription every test and benchmark shares.
    public static Declaration NanchangDeclaration => Nanchang.Value;

    private static readonly Lazy<Declaration> Nanchang = new(() => FormFile.Read(NanchangSeed).Declaration);

    public static string Variant(string fileName) => Path.Combine(Root, "samples", "variants", fileName);

    public static string TestForm(string fileName) => Path.Combine(Root, "samples", "test-forms", fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Jixiao.slnx not found above " + AppContext.BaseDirectory);
    }
}
