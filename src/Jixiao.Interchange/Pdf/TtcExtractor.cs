using System.Buffers.Binary;

namespace Jixiao.Interchange.Pdf;

/// Cuts one face out of a TrueType collection (.ttc) as a plain .ttf. PDFsharp cannot read collections
/// (NullReferenceException in OpenTypeFontFace), and every Debian CJK font ships as one.
internal static class TtcExtractor
{
    private const uint CollectionTag = 0x74746366;   // 'ttcf'
    private const uint TrueTypeOutlines = 0x00010000;
    private const uint AppleTrueType = 0x74727565;   // 'true'
    private const uint CffOutlines = 0x4F54544F;     // 'OTTO'

    /// The face as a standalone TrueType font; a plain .ttf is returned as it is.
    public static byte[] Extract(byte[] font, int faceIndex, string fileName)
    {
        try
        {
            return Cut(font, faceIndex, fileName);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Invalid(fileName, "文件已损坏（表目录越界）");
        }
    }

    private static byte[] Cut(byte[] font, int faceIndex, string fileName)
    {
        if (font.Length < 12) throw Invalid(fileName, "文件太短");
        var tag = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (tag != CollectionTag)
        {
            CheckOutlines(tag, fileName);
            return font;
        }

        var faces = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(8));
        if (faceIndex < 0 || faceIndex >= faces) throw Invalid(fileName, $"字体集合只有 {faces} 个字形，没有第 {faceIndex} 个");
        var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + 4 * faceIndex));
        CheckOutlines(BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(offset)), fileName);

        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset + 4));
        var tables = new (uint Tag, uint Checksum, int Source, int Length)[count];
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(offset + 12 + 16 * i, 16);
            tables[i] = (BinaryPrimitives.ReadUInt32BigEndian(record), BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            if (tables[i].Source < 0 || tables[i].Length < 0 || (long)tables[i].Source + tables[i].Length > font.Length)
                throw Invalid(fileName, "字体表越界");
        }

        // Offsets in a collection are relative to the whole file; in the cut-out font they start after the directory.
        var output = new byte[12 + 16 * count + tables.Sum(t => Padded(t.Length))];
        font.AsSpan(offset, 12).CopyTo(output);
        var position = 12 + 16 * count;
        for (var i = 0; i < count; i++)
        {
            var record = output.AsSpan(12 + 16 * i, 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, tables[i].Tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], tables[i].Checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)tables[i].Length);
            font.AsSpan(tables[i].Source, tables[i].Length).CopyTo(output.AsSpan(position));
            position += Padded(tables[i].Length);
        }
        return output;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static void CheckOutlines(uint tag, string fileName)
    {
        // PDFsharp cannot subset CFF outlines: it would embed the whole font (13 MB for Noto CJK) in every PDF.
        if (tag == CffOutlines)
            throw Invalid(fileName, "这是 CFF 轮廓字体（如 Noto CJK），无法按子集嵌入；请使用 TrueType 字体，例如 Debian 软件包 fonts-wqy-microhei");
        if (tag is not (TrueTypeOutlines or AppleTrueType))
            throw Invalid(fileName, "不是 TrueType 字体文件（.ttf 或 .ttc）");
    }

    private static InvalidDataException Invalid(string fileName, string reason) =>
        new($"字体文件「{fileName}」无法使用：{reason}。");
}
