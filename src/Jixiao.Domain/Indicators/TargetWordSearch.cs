using System.Buffers;
using System.Collections.Frozen;

namespace Jixiao.Domain.Indicators;

/// Finds any of a fixed list of Chinese words in a text in one pass: a vectorised jump to the next character that
/// starts a word, then a check of the few words starting with it. Indicator names are read ~1.8 million times per
/// second per core when checking 20 000 forms/s, and SearchValues&lt;string&gt; is several times slower on Chinese.
internal sealed class TargetWordSearch
{
    private readonly SearchValues<char> _firstChars;
    private readonly FrozenDictionary<char, string[]> _wordsByFirstChar;

    public TargetWordSearch(IEnumerable<string> words)
    {
        var groups = words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
        _firstChars = SearchValues.Create(string.Concat(groups.Keys));
        _wordsByFirstChar = groups.ToFrozenDictionary();
    }

    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOfAny(text, 0) >= 0;

    /// The index of the first word found at or after <paramref name="start"/>, or -1.
    public int IndexOfAny(ReadOnlySpan<char> text, int start)
    {
        for (var offset = start; offset < text.Length;)
        {
            var at = text[offset..].IndexOfAny(_firstChars);
            if (at < 0) return -1;
            var i = offset + at;
            foreach (var word in _wordsByFirstChar[text[i]])
                if (text[i..].StartsWith(word, StringComparison.Ordinal)) return i;
            offset = i + 1;
        }
        return -1;
    }
}
