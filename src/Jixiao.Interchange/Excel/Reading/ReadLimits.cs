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

    /// One part (sheet, shared strings, styles) once inflated: checked against the zip directory before
    /// anything is inflated, and counted again while inflating.
    public long MaxPartBytes { get; init; } = 50L * 1024 * 1024;

    /// All parts read together, once inflated.
    public long MaxTotalBytes { get; init; } = 120L * 1024 * 1024;

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
