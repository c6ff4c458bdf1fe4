using Jixiao.Interchange;

namespace Jixiao.Cli.Commands;

/// Reads one declaration file for a command, turning every failure into a Chinese message that names the file:
/// a user never sees a stack trace, and one bad file among many does not stop the others.
internal static class DeclarationFile
{
    public static ReadResult? TryRead(string path, out string? problem)
    {
        problem = null;
        try
        {
            return FormLoader.Read(path);
        }
        catch (FormReadException ex)
        {
            problem = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A reader defect on an odd file: report it like an unreadable file rather than crash the whole run.
            problem = $"无法读取文件「{path}」：读取时出错（{ex.Message}）";
        }
        return null;
    }
}
