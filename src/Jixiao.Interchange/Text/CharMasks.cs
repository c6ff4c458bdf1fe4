using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Jixiao.Interchange.Text;

/// Where a text's structural characters are, one bit per character: line breaks, tabs, pipes, tag starts and
/// whitespace (<see cref="ChineseText.IsSpace"/>). Built in one vectorised pass over the whole text, so that splitting
/// it into lines and cells is bit arithmetic: a form's lines and cells are 10–30 characters, and a library search
/// (IndexOf, SearchValues) per line and per cell cost more to set up than to run on them.
/// The masks come from a pool: <see cref="Dispose"/> gives them back.
internal readonly struct CharMasks : IDisposable
{
    public const int Breaks = 0;        // '\r', '\n'
    public const int Tabs = 1;
    public const int Pipes = 2;
    public const int Tags = 3;          // '<'
    public const int Spaces = 4;        // ChineseText.IsSpace (tabs and breaks included)
    private const int Kinds = 5;

    // Word w of kind k is _words[Kinds * w + k]; its bit i stands for character 64w + i. Bits past the text are 0.
    private readonly ulong[] _words;

    public CharMasks(ReadOnlySpan<char> text)
    {
        var words = text.Length / 64 + 1;
        _words = ArrayPool<ulong>.Shared.Rent(Kinds * words);
        var w = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; 64 * (w + 1) <= text.Length; w++) ClassifyVectors(text.Slice(64 * w, 64), _words.AsSpan(Kinds * w, Kinds));
        if (Vector256.IsHardwareAccelerated) ClassifyTail(text[(64 * w)..], _words.AsSpan(Kinds * w, Kinds));
        else for (; w < words; w++) ClassifyScalar(text[(64 * w)..Math.Min(text.Length, 64 * (w + 1))], _words.AsSpan(Kinds * w, Kinds));
    }

    // The last, partial word through the vectors too (a cleaned line is all tail): padded with spaces, whose bits
    // are then cleared, so that the bits past the text stay 0.
    private static void ClassifyTail(ReadOnlySpan<char> tail, Span<ulong> word)
    {
        Span<char> padded = stackalloc char[64];
        padded.Fill(' ');
        tail.CopyTo(padded);
        ClassifyVectors(padded, word);
        word[Spaces] &= ~(ulong.MaxValue << tail.Length);
    }

    public void Dispose() => ArrayPool<ulong>.Shared.Return(_words);

    /// The first character of <paramref name="kind"/> in [<paramref name="from"/>, <paramref name="end"/>), or
    /// <paramref name="end"/> when there is none.
    public int Next(int kind, int from, int end) => Next(kind, from, end, 0);

    /// The first character not of <paramref name="kind"/> in [<paramref name="from"/>, <paramref name="end"/>), or
    /// <paramref name="end"/>.
    public int NextOther(int kind, int from, int end) => Next(kind, from, end, ulong.MaxValue);

    /// The end of [<paramref name="from"/>, <paramref name="end"/>) without its trailing characters of
    /// <paramref name="kind"/>: one past the last other character, or <paramref name="from"/> when there is none.
    public int TrimEnd(int kind, int from, int end)
    {
        if (end <= from) return from;
        var w = (end - 1) >> 6;
        var bits = ~_words[Kinds * w + kind] & (ulong.MaxValue >> (63 - ((end - 1) & 63)));
        while (bits == 0)
        {
            if (w << 6 <= from) return from;
            w--;
            bits = ~_words[Kinds * w + kind];
        }
        var last = (w << 6) + 63 - BitOperations.LeadingZeroCount(bits);
        return last >= from ? last + 1 : from;
    }

    /// How many characters of <paramref name="kind"/> [<paramref name="from"/>, <paramref name="end"/>) holds.
    public int Count(int kind, int from, int end)
    {
        var count = 0;
        for (var w = from >> 6; from < end && w << 6 < end; w++)
        {
            var bits = _words[Kinds * w + kind];
            if (w == from >> 6) bits &= ulong.MaxValue << (from & 63);
            if ((w + 1) << 6 > end) bits &= ulong.MaxValue >> (64 - (end & 63));
            count += BitOperations.PopCount(bits);
        }
        return count;
    }

    // flip = ulong.MaxValue looks for the characters not of the kind.
    private int Next(int kind, int from, int end, ulong flip)
    {
        if (from >= end) return end;
        var w = from >> 6;
        var bits = (_words[Kinds * w + kind] ^ flip) & (ulong.MaxValue << (from & 63));
        while (bits == 0)
        {
            w++;
            if (w << 6 >= end) return end;
            bits = _words[Kinds * w + kind] ^ flip;
        }
        return Math.Min(end, (w << 6) + BitOperations.TrailingZeroCount(bits));
    }

    internal static void ClassifyVectors(ReadOnlySpan<char> chunk, Span<ulong> word)
    {
        if (Vector512.IsHardwareAccelerated) Classify512(chunk, word);
        else Classify256(chunk, word);
    }

    // Both widths are internal so that a test runs each against the scalar pass on a machine that has both: on an
    // AVX-512 machine the 256-bit path is otherwise never taken.
    internal static void Classify512(ReadOnlySpan<char> chunk, Span<ulong> word)
    {
        var units = MemoryMarshal.Cast<char, ushort>(chunk);
        ulong breaks = 0, tabs = 0, pipes = 0, tags = 0, spaces = 0;
        for (var k = 0; k < 64; k += Vector512<ushort>.Count)
        {
            var v = Vector512.Create(units.Slice(k, Vector512<ushort>.Count));
            breaks |= (Vector512.Equals(v, Vector512.Create((ushort)'\n')) | Vector512.Equals(v, Vector512.Create((ushort)'\r'))).ExtractMostSignificantBits() << k;
            tabs |= Vector512.Equals(v, Vector512.Create((ushort)'\t')).ExtractMostSignificantBits() << k;
            pipes |= Vector512.Equals(v, Vector512.Create((ushort)'|')).ExtractMostSignificantBits() << k;
            tags |= Vector512.Equals(v, Vector512.Create((ushort)'<')).ExtractMostSignificantBits() << k;
            // The same set as ChineseText.IsSpace: up to ' ', U+00A0, U+2000–U+200B, U+3000 (a test holds them equal).
            spaces |= (Vector512.LessThanOrEqual(v, Vector512.Create((ushort)' '))
                | Vector512.Equals(v, Vector512.Create((ushort)'\u00A0'))
                | Vector512.LessThanOrEqual(v - Vector512.Create((ushort)'\u2000'), Vector512.Create((ushort)0x0B))
                | Vector512.Equals(v, Vector512.Create((ushort)'\u3000'))).ExtractMostSignificantBits() << k;
        }
        (word[Breaks], word[Tabs], word[Pipes], word[Tags], word[Spaces]) = (breaks, tabs, pipes, tags, spaces);
    }

    internal static void Classify256(ReadOnlySpan<char> chunk, Span<ulong> word)
    {
        var units = MemoryMarshal.Cast<char, ushort>(chunk);
        ulong breaks = 0, tabs = 0, pipes = 0, tags = 0, spaces = 0;
        for (var k = 0; k < 64; k += Vector256<ushort>.Count)
        {
            var v = Vector256.Create(units.Slice(k, Vector256<ushort>.Count));
            breaks |= Bits(Vector256.Equals(v, Vector256.Create((ushort)'\n')) | Vector256.Equals(v, Vector256.Create((ushort)'\r')), k);
            tabs |= Bits(Vector256.Equals(v, Vector256.Create((ushort)'\t')), k);
            pipes |= Bits(Vector256.Equals(v, Vector256.Create((ushort)'|')), k);
            tags |= Bits(Vector256.Equals(v, Vector256.Create((ushort)'<')), k);
            spaces |= Bits(Vector256.LessThanOrEqual(v, Vector256.Create((ushort)' '))
                | Vector256.Equals(v, Vector256.Create((ushort)'\u00A0'))
                | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\u2000'), Vector256.Create((ushort)0x0B))
                | Vector256.Equals(v, Vector256.Create((ushort)'\u3000')), k);
        }
        (word[Breaks], word[Tabs], word[Pipes], word[Tags], word[Spaces]) = (breaks, tabs, pipes, tags, spaces);
    }

    private static ulong Bits(Vector256<ushort> matches, int at) => (ulong)matches.ExtractMostSignificantBits() << at;

    internal static void ClassifyScalar(ReadOnlySpan<char> chunk, Span<ulong> word)
    {
        word.Clear();
        for (var i = 0; i < chunk.Length; i++)
        {
            var bit = 1UL << i;
            switch (chunk[i])
            {
                case '\n' or '\r': word[Breaks] |= bit; break;
                case '\t': word[Tabs] |= bit; break;
                case '|': word[Pipes] |= bit; break;
                case '<': word[Tags] |= bit; break;
            }
            if (ChineseText.IsSpace(chunk[i])) word[Spaces] |= bit;
        }
    }
}
