using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Text;

/// Reads a declaration form extracted to text (tab- or pipe-separated cells, one cell per line, run-together text):
/// the form is recognised by its labels, not by line positions.
public static class TextFormReader
{
    public static ReadResult Read(string text, string fileName)
    {
        _ = text;
        _ = fileName;
        // TODO(reader)
        return new ReadResult(new Declaration(), [], SourceMap.Empty);
    }
}
