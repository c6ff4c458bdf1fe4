using Jixiao.Application.Access;

namespace Jixiao.Application.Documents;

/// The official documents a declaration goes out as: the .xlsx of the official layout (Excel and WPS) or the A4 PDF
/// that prints like the paper form.
public enum ExportFormat
{
    Xlsx,
    Pdf,
}

public static class ExportFormats
{
    /// The `format` a request or command line names; none means xlsx, anything else is bad input (400, exit 2).
    public static ExportFormat Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "xlsx" => ExportFormat.Xlsx,
        "pdf" => ExportFormat.Pdf,
        _ => throw new BadInputException($"导出格式「{format}」无法识别：format 只能是 xlsx（Excel 申报表）或 pdf。"),
    };

    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => ".xlsx",
        ExportFormat.Pdf => ".pdf",
    };

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => XlsxContentType,
        ExportFormat.Pdf => "application/pdf",
    };

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// A document ready to download: its Chinese file name, an ASCII name for clients that cannot take the other, its
/// content type and bytes.
public sealed record ExportedFile(string FileName, string AsciiFileName, string ContentType, byte[] Content);
