using Jixiao.Domain.Review;

namespace Jixiao.Interchange.Pdf;

/// How a declaration is printed: which font, and the seals of its completed review boxes.
public sealed record PdfOptions
{
    /// Where the Chinese font is looked for when neither <see cref="FontFile"/> nor JIXIAO_PDF_FONT names one:
    /// Debian's fonts-wqy-microhei. Its .ttc is cut to face 0 and embedded as a subset (~90 KB of the sample form's 106 KB PDF).
    public const string DefaultFontFile = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// The environment variable that names another TrueType font (.ttf or .ttc) for the whole process.
    public const string FontFileVariable = "JIXIAO_PDF_FONT";

    /// A TrueType font (.ttf, or a .ttc whose face 0 is used) with Chinese glyphs; null means JIXIAO_PDF_FONT, then
    /// <see cref="DefaultFontFile"/>. Not a CFF font such as Noto CJK: PDFsharp would embed all 13 MB of it.
    public string? FontFile { get; init; }

    /// The seals of completed review boxes (审核人（盖章）): the server verifies each step's signature and passes the
    /// result here. A box without a seal prints its opinion, reviewer and date only.
    public IReadOnlyList<PdfSeal> Seals { get; init; } = [];

    internal string ResolveFontFile()
    {
        if (!string.IsNullOrWhiteSpace(FontFile)) return FontFile;
        var fromEnvironment = Environment.GetEnvironmentVariable(FontFileVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? DefaultFontFile : fromEnvironment;
    }
}

/// The seal printed in a review box (盖章): the reviewing section, the fingerprint of the SM2 key that signed the step,
/// and whether the signature verified against the declaration version being printed.
/// <param name="Box">The review box the seal belongs to.</param>
/// <param name="Section">The section's name as printed in the stamp: 绩效评价科.</param>
/// <param name="Fingerprint">The signing key's fingerprint, hexadecimal (separators are ignored).</param>
/// <param name="Verified">True when the signature verified; an unverified seal is printed grey and says so.</param>
public sealed record PdfSeal(ReviewBoxKind Box, string Section, string Fingerprint, bool Verified);
