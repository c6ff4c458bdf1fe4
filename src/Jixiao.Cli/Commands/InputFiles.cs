namespace Jixiao.Cli.Commands;

/// One file to work on, or a path that names nothing usable (a folder without forms) and why.
internal sealed record InputFile(string Path, string? Problem = null);

/// The files a command was given: files as named (a missing one fails when read, naming itself), folders searched
/// recursively for the kinds of file <see cref="FormLoader"/> reads, in a stable order.
internal static class InputFiles
{
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> arguments)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!Directory.Exists(argument))
            {
                if (seen.Add(Path.GetFullPath(argument))) files.Add(new InputFile(argument));
                continue;
            }
            var found = Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                .Where(f => FormLoader.Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (found.Count == 0)
                files.Add(new InputFile(argument, $"文件夹「{argument}」中没有可读取的申报表（{string.Join("、", FormLoader.Extensions)}）"));
            files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f))).Select(f => new InputFile(f)));
        }
        return files;
    }

    /// Several files or any folder: the output names each file and ends with a summary.
    public static bool AreSeveral(IReadOnlyCollection<string> arguments) =>
        arguments.Count > 1 || arguments.Any(Directory.Exists);
}
