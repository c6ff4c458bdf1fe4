using System.Collections.Frozen;

namespace Jixiao.Interchange.Text;

/// Where a label was found in a text: the label itself ends at <see cref="LabelEnd"/>; a bracketed suffix
/// (<c>(万元)</c>, <c>(2019年--2021年)</c>) and a colon may follow, and the value starts at <see cref="End"/>.
internal readonly record struct LabelSpan(int Start, int LabelEnd, int End, string? Suffix, bool Colon);

/// A prefix tree of printed labels, matched while skipping the whitespace extraction puts inside them
/// (<c>项 目 名 称</c>) and treating full- and half-width brackets and colons alike.
internal sealed class LabelTrie<T>
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Building;
        public bool HasValue;
        public T? Value;

        // Frozen once built: every cell of every form is looked up here. Below the first character most nodes have one
        // to three children, found faster by a look along a short array than by a dictionary's hashing; the wide
        // nodes (the root) keep a dictionary.
        private char[] _keys = [];
        private Node[] _next = [];
        private FrozenDictionary<char, Node>? _wide;

        private const int MostScanned = 8;

        public void Freeze()
        {
            if (Building is null) return;
            foreach (var child in Building.Values) child.Freeze();
            if (Building.Count > MostScanned) _wide = Building.ToFrozenDictionary();
            else
            {
                _keys = [.. Building.Keys];
                _next = [.. Building.Values];
            }
            Building = null;
        }

        public Node? Child(char c)
        {
            if (_wide is not null) return _wide.GetValueOrDefault(c);
            var keys = _keys;
            for (var k = 0; k < keys.Length; k++)
                if (keys[k] == c) return _next[k];
            return null;
        }
    }

    private readonly Node _root = new();

    // The characters a label can start with, one bit each: nearly every cell of a form is asked whether it starts a
    // label, and nearly none does, so one bit test answers most of them before the dictionary lookup.
    private readonly ulong[] _starts = new ulong[(char.MaxValue + 1) / 64];

    private bool CanStart(char c) => (_starts[c >> 6] & (1UL << (c & 63))) != 0;

    public LabelTrie(IEnumerable<(string Label, T Value)> labels)
    {
        foreach (var (label, value) in labels) Add(label, value);
        _root.Freeze();
    }

    private void Add(string label, T value)
    {
        var node = _root;
        foreach (var raw in label)
        {
            if (ChineseText.IsSpace(raw)) continue;
            var c = ChineseText.Fold(raw);
            if (node == _root) _starts[c >> 6] |= 1UL << (c & 63);
            node.Building ??= [];
            if (!node.Building.TryGetValue(c, out var next)) node.Building[c] = next = new Node();
            node = next;
        }
        node.HasValue = true;
        node.Value = value;
    }

    /// The longest label starting at <paramref name="start"/>. With <paramref name="needBoundary"/>, the label (with
    /// its suffix) must be followed by the end of the text, whitespace or a colon: "项目名称规范性" is not the label
    /// 项目名称 followed by a value, but "项目名称 XX" and "项目名称：XX" are.
    public bool TryMatch(string text, int start, bool needBoundary, out T value, out LabelSpan span)
    {
        value = default!;
        span = default;
        var node = _root;
        var found = false;
        var labelEnd = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (ChineseText.IsSpace(c))
            {
                if (i == start) return false;
                continue;
            }
            if (i == start && !CanStart(ChineseText.Fold(c))) return false;
            if (node.Child(ChineseText.Fold(c)) is not { } next) break;
            node = next;
            if (node.HasValue && Complete(text, i + 1, needBoundary, out var candidate))
            {
                found = true;
                value = node.Value!;
                labelEnd = i + 1;
                span = candidate with { Start = start, LabelEnd = labelEnd };
            }
        }
        return found;
    }

    private static bool Complete(string text, int labelEnd, bool needBoundary, out LabelSpan span)
    {
        var j = ChineseText.SkipSpaces(text, labelEnd);
        // The mark of a required field printed after its label (一级指标*, 绩效指标值*, Hainan) belongs to the label.
        if (j < text.Length && text[j] is '*' or '＊') j = ChineseText.SkipSpaces(text, j + 1);
        // 单位负责人签字：, 填表人签名： (the signature lines under a form): the word asking for a signature belongs to the label.
        if (FormLabels.IsSignatureWord(text, j)) j = ChineseText.SkipSpaces(text, j + 2);
        string? suffix = null;
        if (j < text.Length && text[j] is '(' or '（')
        {
            var close = text.AsSpan(j + 1).IndexOfAny(')', '）');
            if (close >= 0 && close <= 40)
            {
                suffix = ChineseText.Normalize(text.AsSpan(j + 1, close));
                j = ChineseText.SkipSpaces(text, j + close + 2);
            }
        }
        var colon = j < text.Length && text[j] is ':' or '：';
        if (colon) j = ChineseText.SkipSpaces(text, j + 1);
        span = new LabelSpan(0, labelEnd, j, suffix, colon);
        if (!needBoundary || colon || j >= text.Length) return true;
        // Followed by whitespace (after the suffix, if any) — the value or the next label comes after it.
        return j > labelEnd && ChineseText.IsSpace(text[j - 1]);
    }

    /// The value of a label that is the whole of <paramref name="text"/> (spaces, brackets and a trailing colon aside).
    public bool TryMatchWhole(string text, out T value, out LabelSpan span) =>
        TryMatch(text, 0, needBoundary: true, out value, out span) && span.End >= text.Length;
}
