using System.Security.Cryptography;

namespace Jixiao.Application.Seals;

/// The 16-byte SM4 key that encrypts the sections' private signing keys at rest (<see cref="KeyVault"/>).
/// It lives outside the database — in configuration (<c>Jixiao:MasterKey</c>) or in a key file — so that a copy
/// of the database alone is not enough to forge seals.
public sealed class MasterKey
{
    public const int Length = 16;

    private readonly byte[] _bytes;

    private MasterKey(byte[] bytes) => _bytes = bytes;

    internal ReadOnlySpan<byte> Bytes => _bytes;

    public static MasterKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// The configured key (<c>Jixiao:MasterKey</c>) when there is one, else the key file, created on first use.
    public static MasterKey Resolve(string? configuredBase64, string keyFilePath) =>
        string.IsNullOrWhiteSpace(configuredBase64) ? LoadOrCreate(keyFilePath) : FromBase64(configuredBase64);

    /// Throws <see cref="FormatException"/> unless the text is the Base64 of exactly 16 bytes.
    public static MasterKey FromBase64(string base64)
    {
        var buffer = new byte[Length + 3];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var written) || written != Length)
            throw new FormatException($"主密钥必须是 {Length} 字节密钥的 Base64 编码（24 个字符），例如 openssl rand -base64 16 的输出。");
        return new MasterKey(buffer[..Length]);
    }

    /// Reads the key file, or creates it with a new random key when it does not exist. The file holds one line of
    /// Base64 and is created readable by its owner only (0600). Two processes starting at once end with one key:
    /// the key is written to a private temporary file and moved into place only if no file is there yet.
    public static MasterKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
            TryCreate(path);
        try
        {
            return FromBase64(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            throw new FormatException($"主密钥文件 {path} 已损坏：{e.Message}", e);
        }
    }

    public string ToBase64() => Convert.ToBase64String(_bytes);

    // Keep the key out of logs and debugger displays.
    public override string ToString() => "MasterKey(***)";

    private static void TryCreate(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using (var stream = new FileStream(temporary, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.WriteLine(Generate().ToBase64());
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            // Without overwrite the move fails when another process created the file first; its key then wins.
            File.Move(temporary, full, overwrite: false);
        }
        catch (IOException) when (File.Exists(full))
        {
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
