using System.Buffers.Binary;
using System.Text;

namespace Jixiao.Interchange.Excel.Reading;

/// What an OLE compound file (D0 CF 11 E0 …) holds. Excel saves two very different things in this container:
/// a password-protected .xlsx (streams EncryptionInfo + EncryptedPackage) and a legacy .xls (stream Workbook or Book).
internal static class CompoundFile
{
    public enum Content
    {
        EncryptedWorkbook,
        LegacyWorkbook,
        Other,
    }

    private static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsCompoundFile(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    public static Content Inspect(byte[] data)
    {
        var names = StreamNames(data);
        if (names.Contains("EncryptedPackage") || names.Contains("EncryptionInfo")) return Content.EncryptedWorkbook;
        if (names.Contains("Workbook") || names.Contains("Book")) return Content.LegacyWorkbook;
        return Content.Other;
    }

    /// The names in the directory. Walks the directory chain through the FAT; if the structure is broken, falls back
    /// to looking for the UTF-16 names anywhere in the file, which is enough to tell the cases apart.
    private static HashSet<string> StreamNames(byte[] data)
    {
        try
        {
            return DirectoryNames(data);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            var text = Encoding.Unicode.GetString(data, 0, data.Length & ~1);
            return new HashSet<string>(
                new[] { "EncryptedPackage", "EncryptionInfo", "Workbook", "Book" }.Where(n => text.Contains(n + "\0", StringComparison.Ordinal)),
                StringComparer.Ordinal);
        }
    }

    private static HashSet<string> DirectoryNames(byte[] data)
    {
        var header = data.AsSpan(0, 512);
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header[0x1E..]);
        if (sectorShift is not (9 or 12)) throw new InvalidDataException("sector size");
        var sectorSize = 1 << sectorShift;
        var firstDirectorySector = BinaryPrimitives.ReadUInt32LittleEndian(header[0x30..]);

        // The FAT sectors listed in the header (109 of them cover files up to ~7 MB with 512-byte sectors; the
        // directory of a larger file is found by the fallback scan).
        var fat = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            var fatSector = BinaryPrimitives.ReadUInt32LittleEndian(header[(0x4C + 4 * i)..]);
            if (fatSector >= 0xFFFFFFFA) break;
            var sector = Sector(data, fatSector, sectorSize);
            for (var j = 0; j < sectorSize; j += 4) fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector[j..]));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var current = firstDirectorySector;
        for (var visited = 0; current < 0xFFFFFFFA && visited < 10_000; visited++)
        {
            var sector = Sector(data, current, sectorSize);
            for (var offset = 0; offset + 128 <= sectorSize; offset += 128)
            {
                var entry = sector.Slice(offset, 128);
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]);
                if (nameBytes is < 2 or > 64) continue;
                names.Add(Encoding.Unicode.GetString(entry[..(nameBytes - 2)]));
            }
            current = current < fat.Count ? fat[(int)current] : throw new InvalidDataException("FAT");
        }
        if (names.Count == 0) throw new InvalidDataException("empty directory");
        return names;
    }

    private static ReadOnlySpan<byte> Sector(byte[] data, uint index, int sectorSize)
    {
        var offset = ((long)index + 1) * sectorSize;
        if (offset + sectorSize > data.Length) throw new InvalidDataException("sector outside the file");
        return data.AsSpan((int)offset, sectorSize);
    }
}
