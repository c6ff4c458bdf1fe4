using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange;

/// A declaration read from a file, the reader's own findings (cells it could not place …) and where each part came from.
public sealed record ReadResult(Declaration Declaration, IReadOnlyList<Finding> Findings, SourceMap Sources);

/// A file that cannot be read as a declaration at all: not a form, not decodable, truncated beyond use.
/// The message is Chinese and names the file and the reason; the CLI exits 2 on it, the server answers 400.
public sealed class FormReadException(string fileName, string reason, Exception? inner = null)
    : Exception($"无法读取文件「{fileName}」：{reason}", inner)
{
    public string FileName { get; } = fileName;
    public string Reason { get; } = reason;
}
