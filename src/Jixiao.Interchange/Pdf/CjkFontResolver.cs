using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Jixiao.Interchange.Pdf;

/// The one font resolver of the process. PDFsharp lets <see cref="GlobalFontSettings.FontResolver"/> be set only once,
/// so every font file Jixiao uses is registered here under a family name of its own, and installing the resolver is
/// idempotent and thread-safe: any number of documents, on any threads, with any configured font file.
internal sealed class CjkFontResolver : IFontResolver
{
    public static readonly CjkFontResolver Instance = new();

    private static readonly Lock InstallGate = new();

    private readonly ConcurrentDictionary<string, string> _familyByFile = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _fontByFamily = new(StringComparer.Ordinal);

    private int _registered;

    private CjkFontResolver() { }

    /// The family name under which the face of <paramref name="fontFile"/> is served. The file is read and cut
    /// (TrueType collection → face 0) once, when PDFsharp first asks for it.
    public string Register(string fontFile)
    {
        Install();
        return _familyByFile.GetOrAdd(Path.GetFullPath(fontFile), path =>
        {
            var family = $"Jixiao CJK {Interlocked.Increment(ref _registered)}";
            _fontByFamily.TryAdd(family, new Lazy<byte[]>(() => TtcExtractor.Extract(File.ReadAllBytes(path), 0, path)));
            return family;
        });
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        // The Debian CJK fonts have one weight; bold labels are simulated (PDFsharp strokes the outline).
        _fontByFamily.ContainsKey(familyName)
            ? new FontResolverInfo(familyName, isBold ? XStyleSimulations.BoldSimulation : XStyleSimulations.None)
            : null;

    public byte[]? GetFont(string faceName) =>
        _fontByFamily.TryGetValue(faceName, out var font) ? font.Value : null;

    private static void Install()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) return;
        lock (InstallGate)
        {
            var current = GlobalFontSettings.FontResolver;
            if (ReferenceEquals(current, Instance)) return;
            if (current is not null)
                throw new InvalidOperationException(
                    "本进程已安装了另一个 PDFsharp 字体解析器（GlobalFontSettings.FontResolver 每个进程只能设置一次），无法生成申报表 PDF。");
            GlobalFontSettings.FontResolver = Instance;
        }
    }
}
