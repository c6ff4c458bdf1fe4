using System.IO.Compression;

namespace Jixiao.Interchange.Excel.Reading;

/// Looks at the zip directory before the Open XML SDK opens the package, and refuses what no form needs: too many
/// entries, parts or a whole that would inflate past the limits, or data squeezed like a zip bomb (a few kilobytes
/// that inflate to gigabytes). Nothing is inflated here; the directory alone is read.
internal static class ZipPreflight
{
    /// Entries smaller than this are not held to the compression ratio: they cannot cost much whatever it is.
    private const long RatioCheckedFrom = 1024 * 1024;

    public static void Check(byte[] data, string fileName, ReadLimits limits)
    {
        ZipArchive zip;
        IReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            entries = zip.Entries;      // the central directory is read here, on first use
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            throw new FormReadException(fileName, "文件已损坏：不是完整的 .xlsx（zip）文件。", e);
        }

        using (zip)
        {
            if (entries.Count > limits.MaxEntries)
                throw new FormReadException(fileName, $"压缩包内文件过多（{entries.Count} 个，上限 {limits.MaxEntries} 个），不是正常的申报表工作簿。");
            long total = 0;
            foreach (var entry in entries)
            {
                if (entry.Length > limits.MaxPartBytes) throw TooLarge(fileName, entry.FullName, limits);
                if (entry.Length > limits.MaxPackageXmlBytes && IsPackageXml(entry.FullName))
                    throw new FormReadException(fileName,
                        $"文件内容异常：{entry.FullName} 解压后超过 {limits.MaxPackageXmlBytes / (1024 * 1024)} MB（正常的工作簿只有几 KB），已拒绝导入。");
                if (entry.Length >= RatioCheckedFrom && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
                    throw new FormReadException(fileName,
                        $"文件内容异常：{entry.FullName} 解压后是压缩数据的 {entry.Length / Math.Max(entry.CompressedLength, 1)} 倍（正常的工作簿不超过 {limits.MaxCompressionRatio} 倍），可能是压缩炸弹，已拒绝导入。");
                total += entry.Length;
            }
            if (total > limits.MaxTotalBytes) throw TooLarge(fileName, "全部内容", limits);
        }
    }

    /// The package's own XML: relationships and content types.
    private static bool IsPackageXml(string name) =>
        name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) || name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase);

    private static FormReadException TooLarge(string fileName, string part, ReadLimits limits) =>
        new(fileName, $"文件解压后过大（{part} 超过 {limits.MaxPartBytes / (1024 * 1024)} MB 或全部内容超过 {limits.MaxTotalBytes / (1024 * 1024)} MB），可能是压缩炸弹，已拒绝导入。");
}
