using System.IO.Compression;
using System.Xml;

namespace Jixiao.Interchange.Excel.Reading;

/// The parts of an .xlsx package, read straight from the zip with System.IO.Compression and XmlReader (no DOM, no
/// System.IO.Packaging) so that every byte inflated is counted against <see cref="ReadLimits"/>.
internal sealed class XlsxPackage : IDisposable
{
    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,   // no entity expansion ("billion laughs"), no external entities
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly ReadLimits _limits;
    private readonly string _fileName;
    private long _totalRead;

    private XlsxPackage(ZipArchive zip, ReadLimits limits, string fileName)
    {
        _zip = zip;
        _limits = limits;
        _fileName = fileName;
    }

    public static XlsxPackage Open(byte[] data, string fileName, ReadLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            throw new FormReadException(fileName, "文件已损坏：不是完整的 .xlsx（zip）文件。", e);
        }

        var package = new XlsxPackage(zip, limits, fileName);
        try
        {
            package.CheckDirectory();
            return package;
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    /// Refuses, before inflating anything, a package whose directory announces too many entries or sizes a form never
    /// has: the classic zip bomb is a few kilobytes whose sheet inflates to gigabytes.
    private void CheckDirectory()
    {
        if (_zip.Entries.Count > _limits.MaxEntries)
            throw new FormReadException(_fileName, $"压缩包内文件过多（{_zip.Entries.Count} 个，上限 {_limits.MaxEntries} 个），不是正常的申报表工作簿。");
        long total = 0;
        foreach (var entry in _zip.Entries)
        {
            if (entry.Length > _limits.MaxPartBytes) RefuseBomb(entry.FullName);
            total += entry.Length;
            _entries[Normalize(entry.FullName)] = entry;
        }
        if (total > _limits.MaxTotalBytes) RefuseBomb("全部内容");
    }

    public bool Has(string path) => _entries.ContainsKey(Normalize(path));

    /// An XmlReader over one part, counting what it inflates.
    public XmlReader OpenXml(string path)
    {
        if (!_entries.TryGetValue(Normalize(path), out var entry))
            throw new FormReadException(_fileName, $"文件已损坏：缺少 {path}。");
        var counted = new CountingStream(entry.Open(), _limits.MaxPartBytes, AddToTotal, RefuseBomb, entry.FullName);
        return XmlReader.Create(counted, XmlSettings);
    }

    /// The relationships of a part: Id → (target path resolved against the part's folder, type).
    public IReadOnlyDictionary<string, (string Target, string Type)> Relationships(string partPath)
    {
        var folder = partPath.Contains('/', StringComparison.Ordinal) ? partPath[..partPath.LastIndexOf('/')] : "";
        var relsPath = (folder.Length > 0 ? folder + "/" : "") + "_rels/" + partPath[(partPath.LastIndexOf('/') + 1)..] + ".rels";
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (!Has(relsPath)) return result;
        using var reader = OpenXml(relsPath);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            var id = reader.GetAttribute("Id");
            var target = reader.GetAttribute("Target");
            if (id is null || target is null || reader.GetAttribute("TargetMode") == "External") continue;
            result[id] = (Resolve(folder, target), reader.GetAttribute("Type") ?? "");
        }
        return result;
    }

    public void Dispose() => _zip.Dispose();

    private bool AddToTotal(long bytes)
    {
        _totalRead += bytes;
        return _totalRead <= _limits.MaxTotalBytes;
    }

    private void RefuseBomb(string part) =>
        throw new FormReadException(_fileName,
            $"文件解压后过大（{part} 超过 {_limits.MaxPartBytes / (1024 * 1024)} MB 或全部内容超过 {_limits.MaxTotalBytes / (1024 * 1024)} MB），可能是压缩炸弹，已拒绝导入。");

    private static string Resolve(string folder, string target)
    {
        var path = target.Replace('\\', '/');
        if (path.StartsWith('/')) return Normalize(path);
        var parts = new List<string>(folder.Length > 0 ? folder.Split('/') : []);
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment is not ("." or "")) parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static string Normalize(string path) => Uri.UnescapeDataString(path.Replace('\\', '/').TrimStart('/'));
}
