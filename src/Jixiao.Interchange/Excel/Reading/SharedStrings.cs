using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Interchange.Excel.Reading;

/// The shared-string table, streamed so that its characters are counted against the limit as they come.
internal static class SharedStrings
{
    public static IReadOnlyList<string> Read(SharedStringTablePart? part, PartReader.Budget budget, ReadLimits limits, string fileName)
    {
        var strings = new List<string>();
        if (part is null) return strings;
        long chars = 0;
        var text = new RichText();
        using var reader = new PartReader(part, budget);
        while (reader.Read())
        {
            if (!reader.IsEndOf<SharedStringItem>())
            {
                text.Take(reader);
                continue;
            }
            chars += text.Length;
            if (chars > limits.MaxSharedStringChars)
                throw new FormReadException(fileName, $"共享字符串过多（超过 {limits.MaxSharedStringChars} 个字符），不是正常的申报表工作簿。");
            strings.Add(text.Complete());
        }
        return strings;
    }
}
