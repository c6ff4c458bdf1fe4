using System.Xml;

namespace Jixiao.Interchange.Excel.Reading;

internal sealed record SheetPart(string Name, string Path, bool Hidden);

/// The workbook part: its sheets in order, where the shared strings and styles live, and its date system.
internal sealed record WorkbookStructure(IReadOnlyList<SheetPart> Sheets, string? SharedStringsPath, string? StylesPath, bool Date1904)
{
    public static WorkbookStructure Read(XlsxPackage package, string fileName)
    {
        var workbookPath = package.Relationships("")
            .Values.Where(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal))
            .Select(r => r.Target)
            .FirstOrDefault() ?? "xl/workbook.xml";
        if (!package.Has(workbookPath) || !workbookPath.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            throw new FormReadException(fileName, "这是一个 zip 压缩包，但不是 Excel 工作簿（.xlsx）：里面没有工作簿（xl/workbook.xml）。");

        var relationships = package.Relationships(workbookPath);
        var sheets = new List<SheetPart>();
        var date1904 = false;
        var isWorkbook = false;
        using (var reader = package.OpenXml(workbookPath))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                switch (reader.LocalName)
                {
                    case "workbook" when reader.Depth == 0:
                        isWorkbook = true;
                        break;
                    case "workbookPr":
                        date1904 = reader.GetAttribute("date1904") is "1" or "true";
                        break;
                    case "sheet":
                        var id = Attribute(reader, "id");
                        if (id is not null && relationships.TryGetValue(id, out var rel) && rel.Type.EndsWith("/worksheet", StringComparison.Ordinal))
                            sheets.Add(new SheetPart(reader.GetAttribute("name") ?? "Sheet", rel.Target, reader.GetAttribute("state") is "hidden" or "veryHidden"));
                        break;
                }
            }
        }
        if (!isWorkbook)
            throw new FormReadException(fileName, "这是一个 zip 压缩包，但不是 Excel 工作簿（.xlsx）。");
        if (sheets.Count == 0)
            throw new FormReadException(fileName, "工作簿中没有工作表。");

        string? Find(string suffix) => relationships.Values.Where(r => r.Type.EndsWith(suffix, StringComparison.Ordinal)).Select(r => r.Target).FirstOrDefault();
        return new WorkbookStructure(sheets, Find("/sharedStrings"), Find("/styles"), date1904);
    }

    /// An attribute by local name whatever its namespace (r:id in transitional and strict files alike).
    private static string? Attribute(XmlReader reader, string localName)
    {
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            if (reader.LocalName == localName && reader.Prefix.Length > 0)
            {
                var value = reader.Value;
                reader.MoveToElement();
                return value;
            }
        }
        reader.MoveToElement();
        return null;
    }
}
