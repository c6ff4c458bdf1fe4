using System.Text;
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

    public static ReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = Decode(path, ReadBytes(path));
        try
        {
            return Kind(path, text) switch
            {
                // The JSON reader (Json.DeclarationJson.Read…) plugs in here.
                FormKind.Json => throw new FormReadException(path, "暂不支持读取 JSON 格式的申报表。"),
                _ => TextFormReader.Read(text, path),
            };
        }
        catch (FormReadException)
        {
            throw;
        }
        catch (Exception e)
        {
            // A defect of the reader must not look like a crash to the user: say which file, keep the cause.
            throw new FormReadException(path, "读取时发生内部错误，请把此文件反馈给系统管理员。", e);
        }
    }

    private enum FormKind { Text, Json }

    private static FormKind Kind(string path, string text)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return FormKind.Json;
        var start = text.AsSpan().TrimStart();
        return start.Length > 0 && start[0] == '{' ? FormKind.Json : FormKind.Text;
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
    internal static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length == 0) throw new FormReadException(path, "文件是空的。");
        string text;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            text = DecodeStrict(StrictUtf8, bytes.AsSpan(3)) ?? throw NotText(path);
        else if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            text = DecodeStrict(bytes[0] == 0xFF ? new UnicodeEncoding(false, false, true) : new UnicodeEncoding(true, false, true), bytes.AsSpan(2))
                ?? throw NotText(path);
        else
            text = DecodeStrict(StrictUtf8, bytes) ?? DecodeStrict(StrictGb18030.Value, bytes) ?? throw NotText(path);
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

    /// Text extracted from a form has no control characters besides tab, line breaks and form feed.
    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) control++;
        return text.Contains('\0') || control * 200 > text.Length;
    }
}
