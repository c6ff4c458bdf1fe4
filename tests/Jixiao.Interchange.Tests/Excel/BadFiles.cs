using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Jixiao.Interchange.Tests.Excel;

/// Malformed and hostile files, built byte by byte so that each test shows exactly what it feeds the reader.
public static class BadFiles
{
    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""";

    private const string RootRels =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string Workbook =
        """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""";

    public const string WorkbookRels =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""";

    private const string SheetStart = """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";
    private const string SheetEnd = "</sheetData></worksheet>";

    /// A minimal .xlsx (no styles, no shared strings) whose only sheet is <paramref name="sheetXml"/>.
    public static byte[] Workbook1(string sheetXml, string workbookRels = WorkbookRels)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes);
            Add(zip, "_rels/.rels", RootRels);
            Add(zip, "xl/workbook.xml", Workbook);
            Add(zip, "xl/_rels/workbook.xml.rels", workbookRels);
            Add(zip, "xl/worksheets/sheet1.xml", sheetXml);
        }
        return stream.ToArray();
    }

    /// A sheet of <paramref name="rows"/> rows of <paramref name="columns"/> inline-string cells each.
    public static string Sheet(int rows, int columns)
    {
        var xml = new StringBuilder(SheetStart, rows * columns * 48);
        for (var r = 1; r <= rows; r++)
        {
            xml.Append("<row r=\"").Append(r).Append("\">");
            for (var c = 1; c <= columns; c++) xml.Append("<c t=\"inlineStr\"><is><t>项目").Append(c).Append("</t></is></c>");
            xml.Append("</row>");
        }
        return xml.Append(SheetEnd).ToString();
    }

    /// A sheet of <paramref name="count"/> cells with a style and no value, in rows of 50.
    public static string EmptyCells(int count)
    {
        var xml = new StringBuilder(SheetStart, count * 12);
        for (var i = 0; i < count; i++)
        {
            if (i % 50 == 0) xml.Append(i == 0 ? "<row>" : "</row><row>");
            xml.Append("<c s=\"").Append(i % 7).Append("\"/>");
        }
        return xml.Append("</row>").Append(SheetEnd).ToString();
    }

    /// A sheet whose one cell holds its value and then <paramref name="elements"/> short elements of varied names
    /// (varied so that the part does not compress like a zip bomb).
    public static string PaddedCell(int elements)
    {
        var xml = new StringBuilder(SheetStart, elements * 8);
        xml.Append("<row r=\"1\"><c r=\"A1\"><v>1</v>");
        for (var i = 0; i < elements; i++) xml.Append("<x").Append(i % 997).Append("/>");
        return xml.Append("</c></row>").Append(SheetEnd).ToString();
    }

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries) Add(zip, name, content);
        return stream.ToArray();
    }

    /// A workbook of a few megabytes whose sheet inflates to <paramref name="inflatedMegabytes"/> MB of blanks: the
    /// deflate data is one compressed megabyte repeated (each block is independent, so copies may follow each other).
    /// <paramref name="declaredBytes"/> is the size its zip directory states (honest when null).
    public static byte[] ZipBomb(int inflatedMegabytes, long? declaredBytes = null)
    {
        var head = Deflated(Encoding.UTF8.GetBytes(SheetStart));
        var megabyteOfBlanks = Deflated(Enumerable.Repeat((byte)' ', 1 << 20).ToArray());
        using var sheet = new MemoryStream();
        sheet.Write(head);
        for (var i = 0; i < inflatedMegabytes; i++) sheet.Write(megabyteOfBlanks);
        sheet.Write([0x03, 0x00]);      // a final, empty fixed-Huffman block
        var inflated = Encoding.UTF8.GetByteCount(SheetStart) + ((long)inflatedMegabytes << 20);

        var zip = new RawZip();
        zip.Add("[Content_Types].xml", ContentTypes);
        zip.Add("_rels/.rels", RootRels);
        zip.Add("xl/workbook.xml", Workbook);
        zip.Add("xl/_rels/workbook.xml.rels", WorkbookRels);
        zip.AddDeflated("xl/worksheets/sheet1.xml", sheet.ToArray(), crc: 0, uncompressedSize: declaredBytes ?? inflated);
        return zip.ToArray();
    }

    /// An OLE compound file (what Excel saves a password-protected .xlsx or an old .xls into) holding empty streams
    /// with these names.
    public static byte[] CompoundFile(params string[] streamNames)
    {
        const uint end = 0xFFFFFFFE, free = 0xFFFFFFFF, fatSector = 0xFFFFFFFD, none = 0xFFFFFFFF;
        var file = new byte[512 * 3];
        var header = file.AsSpan(0, 512);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);          // 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);          // one FAT sector …
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);          // … the directory in sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], end);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], end);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x4C..], 0);          // the FAT is sector 0
        for (var i = 1; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + 4 * i)..], free);

        var fat = file.AsSpan(512, 512);
        for (var i = 0; i < 128; i++) BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * i)..], free);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, fatSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], end);

        var directory = file.AsSpan(1024, 512);
        string[] names = ["Root Entry", .. streamNames];
        for (var i = 0; i < Math.Min(names.Length, 4); i++)
        {
            var entry = directory.Slice(128 * i, 128);
            var name = Encoding.Unicode.GetBytes(names[i] + "\0");
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)name.Length);
            entry[0x42] = (byte)(i == 0 ? 5 : 2);                            // root storage, then streams
            entry[0x43] = 1;
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], none);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], i > 0 && i + 1 < names.Length ? (uint)(i + 1) : none);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], i == 0 && names.Length > 1 ? 1u : none);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], end);
        }
        return file;
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    /// Raw deflate data ending on a byte boundary (a sync flush), so that more blocks may follow.
    private static byte[] Deflated(byte[] data)
    {
        using var output = new MemoryStream();
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write(data);
        deflate.Flush();
        return output.ToArray();    // taken before Dispose writes the final block
    }
}

/// Writes a zip by hand, so that an entry's stored sizes can say what the test wants them to say.
internal sealed class RawZip
{
    private readonly MemoryStream _body = new();
    private readonly MemoryStream _directory = new();
    private int _count;

    public void Add(string name, string content)
    {
        var data = Encoding.UTF8.GetBytes(content);
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(data);
        AddDeflated(name, compressed.ToArray(), Crc32(data), data.Length);
    }

    public void AddDeflated(string name, byte[] deflated, uint crc, long uncompressedSize)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var offset = (uint)_body.Position;
        Write(_body, 0x04034b50u, (ushort)20, (ushort)0x0800, (ushort)8, (ushort)0, (ushort)0x21, crc, (uint)deflated.Length, (uint)uncompressedSize, (ushort)nameBytes.Length, (ushort)0);
        _body.Write(nameBytes);
        _body.Write(deflated);
        Write(_directory, 0x02014b50u, (ushort)20, (ushort)20, (ushort)0x0800, (ushort)8, (ushort)0, (ushort)0x21, crc, (uint)deflated.Length, (uint)uncompressedSize,
            (ushort)nameBytes.Length, (ushort)0, (ushort)0, (ushort)0, (ushort)0, 0u, offset);
        _directory.Write(nameBytes);
        _count++;
    }

    public byte[] ToArray()
    {
        using var zip = new MemoryStream();
        _body.WriteTo(zip);
        var directoryOffset = (uint)zip.Position;
        _directory.WriteTo(zip);
        Write(zip, 0x06054b50u, (ushort)0, (ushort)0, (ushort)_count, (ushort)_count, (uint)_directory.Length, directoryOffset, (ushort)0);
        return zip.ToArray();
    }

    private static void Write(Stream stream, params object[] fields)
    {
        Span<byte> buffer = stackalloc byte[4];
        foreach (var field in fields)
        {
            switch (field)
            {
                case ushort s: BinaryPrimitives.WriteUInt16LittleEndian(buffer, s); stream.Write(buffer[..2]); break;
                case uint u: BinaryPrimitives.WriteUInt32LittleEndian(buffer, u); stream.Write(buffer[..4]); break;
            }
        }
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
