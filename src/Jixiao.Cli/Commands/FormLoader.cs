using Jixiao.Interchange;
using Jixiao.Interchange.Json;
using Jixiao.Interchange.Text;

namespace Jixiao.Cli.Commands;

/// Reads a declaration file by its extension. A stand-in for FormFile.Read, which is being written on another
/// branch: when it lands, <see cref="Read"/> becomes a call to it (and <see cref="Extensions"/> gains ".xlsx").
internal static class FormLoader
{
    /// What a folder is searched for.
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".json"];

    /// Throws <see cref="FormReadException"/> (a Chinese message naming the file) when the file cannot be read.
    public static ReadResult Read(string path)
    {
        if (DeclarationJson.IsJsonFile(path)) return DeclarationJson.ReadFile(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FormReadException(path, "文件不存在", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FormReadException(path, $"无法打开文件（{ex.Message}）", ex);
        }
        return TextFormReader.Read(text, path);
    }
}
