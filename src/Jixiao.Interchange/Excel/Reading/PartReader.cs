using System.Collections.ObjectModel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Interchange.Excel.Reading;

/// Streams one part with the SDK's OpenXmlReader, element by element, never loading a subtree: a DOM costs about
/// thirty bytes per character of XML, so one element padded with millions of children would take gigabytes. Every
/// element counts against the workbook's <see cref="ReadLimits.MaxElements"/>, which bounds the time a file costs.
internal sealed class PartReader(OpenXmlPart part, PartReader.Budget budget) : IDisposable
{
    private readonly OpenXmlReader _reader = OpenXmlReader.Create(part, readMiscNodes: false, ignoreWhitespace: false);
    // Kept per element: the reader works both out again on every call, and the attributes as a new list.
    private Type? _type;
    private bool _isStart;
    private ReadOnlyCollection<OpenXmlAttribute>? _attributes;

    public bool Read()
    {
        _attributes = null;
        if (!_reader.Read()) return false;
        (_type, _isStart) = (_reader.ElementType, _reader.IsStartElement);
        if (_isStart) budget.Spend();
        return true;
    }

    public bool IsStartOf<T>() where T : OpenXmlElement => _isStart && _type == typeof(T);

    public bool IsEndOf<T>() where T : OpenXmlElement => !_isStart && _type == typeof(T);

    /// The text of a leaf element such as &lt;v&gt; or &lt;t&gt;, read at its start.
    public string Text => _reader.GetText();

    /// An attribute by local name: without a namespace, or with one (r:id) when <paramref name="qualified"/>.
    public string? Attribute(string localName, bool qualified = false)
    {
        foreach (var attribute in _attributes ??= _reader.Attributes)
            if (attribute.LocalName == localName && attribute.NamespaceUri.Length > 0 == qualified) return attribute.Value;
        return null;
    }

    public void Dispose() => _reader.Dispose();

    /// The elements one import may still read, shared by all parts of the workbook.
    internal sealed class Budget(ReadLimits limits, string fileName)
    {
        private long _left = limits.MaxElements;

        public void Spend()
        {
            if (--_left < 0)
                throw new FormReadException(fileName, $"工作簿过大：单元格、行等内容超过 {limits.MaxElements} 项（申报表一般只有数千项），已拒绝导入。");
        }
    }
}
