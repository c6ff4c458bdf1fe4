namespace Jixiao.Domain.Declarations;

/// Where a part of the declaration was read from: a line of a text file or a cell of a workbook.
public readonly record struct SourceRef(int? Line = null, string? Cell = null)
{
    public override string ToString() => Cell ?? (Line is { } l ? $"第{l}行" : "");
}

/// Maps locations in the declaration (indicators[12], budget.total …) to where they were read from, so that a
/// finding about indicators[12].target can say "第107行". Kept beside the model so that the model compares by value.
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceRef> _refs;

    public SourceMap() : this(0) { }

    /// A map sized for about <paramref name="capacity"/> locations: a reader knows roughly how many it will add (one
    /// per indicator row and field), and growing the map rehashed every location each time.
    public SourceMap(int capacity) => _refs = new Dictionary<string, SourceRef>(capacity, StringComparer.Ordinal);

    public static SourceMap Empty => new();

    public void Add(string location, SourceRef source) => _refs[location] = source;

    /// The source of the location, or of its nearest parent ("indicators[3].target" falls back to "indicators[3]").
    public SourceRef? Find(string location)
    {
        for (var path = location; path.Length > 0; path = Parent(path))
            if (_refs.TryGetValue(path, out var found)) return found;
        return null;
    }

    public IReadOnlyDictionary<string, SourceRef> Entries => _refs;

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
