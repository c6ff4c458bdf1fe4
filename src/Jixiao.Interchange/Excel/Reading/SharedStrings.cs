using System.Text;
using System.Xml;

namespace Jixiao.Interchange.Excel.Reading;

/// The shared-string table (xl/sharedStrings.xml): rich-text runs joined, phonetic guides (rPh) left out.
internal static class SharedStrings
{
    public static IReadOnlyList<string> Read(XlsxPackage package, string? path, ReadLimits limits, string fileName)
    {
        var strings = new List<string>();
        if (path is null || !package.Has(path)) return strings;
        long chars = 0;
        var text = new StringBuilder();
        var inItem = false;
        var inText = false;
        int? phoneticDepth = null;
        using var reader = package.OpenXml(path);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "si":
                    if (reader.IsEmptyElement) strings.Add("");
                    else (inItem, inText) = (true, false);
                    text.Clear();
                    break;
                case XmlNodeType.Element when reader.LocalName == "rPh" && !reader.IsEmptyElement:
                    phoneticDepth ??= reader.Depth;
                    break;
                case XmlNodeType.Element when reader.LocalName == "t":
                    inText = inItem && phoneticDepth is null && !reader.IsEmptyElement;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA:
                    if (inText) text.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "rPh" && reader.Depth == phoneticDepth:
                    phoneticDepth = null;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "si":
                    inItem = false;
                    chars += text.Length;
                    if (chars > limits.MaxSharedStringChars)
                        throw new FormReadException(fileName, $"共享字符串过多（超过 {limits.MaxSharedStringChars} 个字符），不是正常的申报表工作簿。");
                    strings.Add(OoxmlText.Unescape(text.ToString()));
                    break;
            }
        }
        return strings;
    }
}
