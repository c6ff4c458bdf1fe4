using System.Buffers;
using System.Text;
using Jixiao.Interchange.Excel;
using Jixiao.Interchange.Json;
using Jixiao.Interchange.Text;

namespace Jixiao.Interchange;

/// Reads a declaration from a file: decodes it (UTF-8 with or without BOM; GB18030/GBK, as files from Chinese
/// Windows and WPS are) and picks the reader by content. Every failure is a <see cref="FormReadException"/> whose
/// Chinese message names the file and the reason; no other exception leaves.
public static class FormFile
{
    /// Reading stops with a clear message above this size: no declaration form comes near it.
    private const long LargestForm = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        // GB18030 is not built into .NET: the code-pages provider brings it (registering twice is harmless).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// Reads the file at <paramref name="path"/>: a workbook (.xlsx), Jixiao's JSON, or a form extracted to text.
    public static ReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(ReadBytes(path), path);
    }

    /// The same for a file already in memory (an upload); <paramref name="fileName"/> names it in messages.
    /// The kind is decided by content first (a zip or OLE signature is a workbook, a leading "{" is JSON), the file
    /// extension only breaks ties, so a renamed file is still read right.
    public static ReadResult Read(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0) throw new FormReadException(fileName, "文件是空的。");
        try
        {
            if (IsWorkbook(bytes, fileName))
                return DeclarationWorkbook.Read(new MemoryStream(bytes, writable: false), fileName);
            var text = Decode(fileName, bytes, out var utf8);
            if (!IsJson(fileName, text)) return TextFormReader.Read(text, fileName);
            // JSON is UTF-8 by definition (RFC 8259); a GBK-encoded one was written wrongly and would lose characters.
            if (!utf8) throw new FormReadException(fileName, "不是 UTF-8 编码的文本，JSON 文件应为 UTF-8。");
            return DeclarationJson.Read(text, fileName);
        }
        catch (FormReadException)
        {
            throw;
        }
        catch (Exception e)
        {
            // A defect of a reader must not look like a crash to the user: say which file, keep the cause.
            throw new FormReadException(fileName, "读取时发生内部错误，请把此文件反馈给系统管理员。", e);
        }
    }

    /// The file kinds a folder is searched for.
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".json", ".xlsx"];

    private static bool IsWorkbook(ReadOnlySpan<byte> bytes, string fileName) =>
        bytes.StartsWith("PK"u8)                                                   // .xlsx is a zip
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])          // .xls or an encrypted .xlsx (OLE)
        || fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase);

    private static bool IsJson(string fileName, string text)
    {
        if (fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return true;
        var start = text.AsSpan().TrimStart();
        return start.Length > 0 && start[0] == '{';
    }

    private static byte[] ReadBytes(string path)
    {
        try
        {
            if (Directory.Exists(path)) throw new FormReadException(path, "这是一个文件夹，不是文件。");
            var info = new FileInfo(path);
            if (!info.Exists) throw new FormReadException(path, "文件不存在。");
            if (info.Length > LargestForm) throw new FormReadException(path, $"文件太大（{info.Length / 1024 / 1024} MB），不是一份申报表。");
            return File.ReadAllBytes(path);
        }
        catch (FormReadException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            throw new FormReadException(path, $"无法打开文件（{e.Message}）。", e);
        }
    }

    /// UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GB18030 (which covers GBK); neither, or control
    /// characters where text has none, is not a text file.
    internal static string Decode(string path, byte[] bytes) => Decode(path, bytes, out _);

    private static string Decode(string path, byte[] bytes, out bool utf8)
    {
        if (bytes.Length == 0) throw new FormReadException(path, "文件是空的。");
        string text;
        utf8 = true;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            text = DecodeStrict(StrictUtf8, bytes.AsSpan(3)) ?? throw NotText(path);
        else if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            text = DecodeStrict(bytes[0] == 0xFF ? new UnicodeEncoding(false, false, true) : new UnicodeEncoding(true, false, true), bytes.AsSpan(2))
                ?? throw NotText(path);
        else
        {
            var asUtf8 = DecodeStrict(StrictUtf8, bytes);
            utf8 = asUtf8 is not null;
            text = asUtf8 ?? DecodeStrict(StrictGb18030.Value, bytes) ?? throw NotText(path);
        }
        if (string.IsNullOrWhiteSpace(text)) throw new FormReadException(path, "文件是空的（只有空白）。");
        if (LooksBinary(text)) throw NotText(path);
        return text;
    }

    private static string? DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static FormReadException NotText(string path) =>
        new(path, "文件不是可识别的文本（既不是 UTF-8 也不是 GB18030/GBK 编码，可能是二进制文件）。");

    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, ' ').Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r' or '\f'))]);

    /// Text extracted from a form has no control characters besides tab, line breaks and form feed.
    private static bool LooksBinary(string text)
    {
        // One vectorised search settles the usual case, a text without any such character.
        if (text.AsSpan().IndexOfAny(ControlCharacters) < 0) return false;
        var control = 0;
        foreach (var c in text)
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) control++;
        return text.Contains('\0') || control * 200 > text.Length;
    }
}
