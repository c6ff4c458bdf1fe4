namespace Jixiao.Interchange.Excel.Reading;

/// Bounds on what the reader accepts, so that a hostile or broken file costs bounded memory and time. A real
/// declaration form is a few hundred rows in a file well under 1 MB; every limit leaves a wide margin above that.
internal sealed record ReadLimits
{
    public static readonly ReadLimits Default = new();

    /// The file as uploaded (compressed).
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// Entries in the zip directory.
    public int MaxEntries { get; init; } = 2_000;

    /// One part (sheet, shared strings, styles) once inflated, as the zip directory states it. .NET never inflates
    /// an entry past the size its directory states, so this bounds what is inflated even when the directory lies.
    public long MaxPartBytes { get; init; } = 50L * 1024 * 1024;

    /// All parts together once inflated, as the zip directory states them.
    public long MaxTotalBytes { get; init; } = 120L * 1024 * 1024;

    /// One relationship part (*.rels) or the content types, once inflated. System.IO.Packaging parses these whole
    /// into objects of several times their size, outside the SDK's reader and its limits; a form has a few KB.
    public long MaxPackageXmlBytes { get; init; } = 4L * 1024 * 1024;

    /// How many times larger than its compressed data an entry of more than 1 MB may be. Real sheets inflate 5 to
    /// 20 times, a sheet of a million blanks a thousand times; Apache POI draws its zip-bomb line at 100 too.
    public int MaxCompressionRatio { get; init; } = 100;

    /// Characters of one XML part as the Open XML SDK parses it (OpenSettings.MaxCharactersInPart): a second bound,
    /// inside the XML parser, that holds whatever the zip layer does.
    public long MaxPartCharacters { get; init; } = 50L * 1024 * 1024;

    /// XML elements read from the workbook part, shared strings, styles and sheets together. The SDK's reader takes
    /// one to two microseconds per element, so this bounds the time any file costs to a second or two. The sample
    /// form has under 2,000; a full sheet of 10,000 rows by 10 valued cells has about 210,000.
    public long MaxElements { get; init; } = 1_000_000;

    /// Rows holding at least one value, per sheet.
    public int MaxRows { get; init; } = 10_000;

    /// Cells holding a value, per sheet.
    public int MaxCells { get; init; } = 100_000;

    public int MaxMergedRanges { get; init; } = 20_000;

    /// Characters of all shared strings together.
    public long MaxSharedStringChars { get; init; } = 10_000_000;

    /// Sheets looked at for the form (in workbook order).
    public int MaxSheets { get; init; } = 20;
}
