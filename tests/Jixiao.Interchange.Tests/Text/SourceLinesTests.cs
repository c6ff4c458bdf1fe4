using System.Runtime.Intrinsics;
using Jixiao.Interchange.Text;

namespace Jixiao.Interchange.Tests.Text;

/// Splitting text into rows and cells (SourceLines) and the character masks it splits by (CharMasks), held against
/// the plain definitions: lines end at \r, \n or \r\n; cells are the tab-separated parts trimmed of
/// <see cref="ChineseText.IsSpace"/>; a cell's text is <see cref="ChineseText.Normalize(ReadOnlySpan{char})"/> of it
/// when it holds such spaces.
public class SourceLinesTests
{
    [Fact]
    public void CharMasks_EveryCharacter_ClassedAsIsSpaceAndTheSeparators()
    {
        // 65 536 characters: all of them go through the vectorised pass; each again alone, through the scalar one.
        var all = new string(Enumerable.Range(0, 65536).Select(c => (char)c).ToArray());
        using var masks = new CharMasks(all);
        for (var c = 0; c < 65536; c++)
        {
            using var alone = new CharMasks("a" + (char)c);
            foreach (var (m, at) in new[] { (masks, c), (alone, 1) })
            {
                Assert.Equal(ChineseText.IsSpace((char)c), m.Next(CharMasks.Spaces, at, at + 1) == at);
                Assert.Equal(c is '\r' or '\n', m.Next(CharMasks.Breaks, at, at + 1) == at);
                Assert.Equal(c == '\t', m.Next(CharMasks.Tabs, at, at + 1) == at);
                Assert.Equal(c == '|', m.Next(CharMasks.Pipes, at, at + 1) == at);
                Assert.Equal(c == '<', m.Next(CharMasks.Tags, at, at + 1) == at);
            }
        }
    }

    [Fact]
    public void CharMasks_VectorAndScalarPasses_GiveTheSameBits()
    {
        var all = Enumerable.Range(0, 65536).Select(c => (char)c).ToArray();
        Span<ulong> vector = stackalloc ulong[5];
        Span<ulong> scalar = stackalloc ulong[5];
        for (var w = 0; w < 1024; w++)
        {
            CharMasks.ClassifyScalar(all.AsSpan(64 * w, 64), scalar);
            // Each width the machine can run: an AVX-512 machine takes the 512-bit path, and would not run the other.
            if (Vector512.IsHardwareAccelerated)
            {
                CharMasks.Classify512(all.AsSpan(64 * w, 64), vector);
                Assert.True(vector.SequenceEqual(scalar), $"512 bits, characters {64 * w}–{64 * w + 63}");
            }
            if (Vector256.IsHardwareAccelerated)
            {
                CharMasks.Classify256(all.AsSpan(64 * w, 64), vector);
                Assert.True(vector.SequenceEqual(scalar), $"256 bits, characters {64 * w}–{64 * w + 63}");
            }
        }
    }

    [Fact]
    public void CharMasks_RangesAcrossWords_FindCountAndTrimAsALoop()
    {
        var text = string.Concat(Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? " " : i % 11 == 0 ? "\t" : "字"));
        using var masks = new CharMasks(text);
        for (var from = 0; from < text.Length; from += 13)
            for (var end = from; end <= text.Length; end += 17)
            {
                var span = text.AsSpan(from, end - from);
                var space = span.IndexOfAny(' ', '\t');
                Assert.Equal(space < 0 ? end : from + space, masks.Next(CharMasks.Spaces, from, end));
                var other = span.IndexOfAnyExcept(' ', '\t');
                Assert.Equal(other < 0 ? end : from + other, masks.NextOther(CharMasks.Spaces, from, end));
                Assert.Equal(from + span.TrimEnd(" \t").Length, masks.TrimEnd(CharMasks.Spaces, from, end));
                Assert.Equal(span.Count('\t'), masks.Count(CharMasks.Tabs, from, end));
            }
    }

    [Fact]
    public void Split_TabLinesWithSpacesOfEveryKind_RowsAndCellsAsThePlainDefinition()
    {
        string[] pieces = ["项目", "名称", "a", "10", " ", "\u3000", "\u00A0", "\u200B", "\u2003", "\u2028", "\u0085", "\t", "\t", "2022 年", "Windows 10", "100%"];
        string[] ends = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"];
        var random = new Random(12);
        for (var form = 0; form < 200; form++)
        {
            var text = new System.Text.StringBuilder(form % 2 == 0 ? "\uFEFF" : "");
            var lines = random.Next(1, 12);
            for (var l = 0; l < lines; l++)
            {
                var length = random.Next(0, 40);
                text.Append('\t');                                       // every line tab-separated
                for (var p = 0; p < length; p++) text.Append(pieces[random.Next(pieces.Length)]);
                text.Append(ends[random.Next(ends.Length)]);
            }
            AssertAsDefinition(text.ToString());
        }
    }

    private static void AssertAsDefinition(string text)
    {
        var rows = SourceLines.Split(text);
        var body = text.StartsWith('\uFEFF') ? text[1..] : text;
        var lines = body.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var r = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var row = rows[r++];
            Assert.Equal(i + 1, row.Line);
            Assert.Equal(i > 0 && lines[i - 1].Length == 0, row.AfterBreak);
            Assert.Equal(RowLayout.Tabs, row.Layout);
            var expected = lines[i].Split('\t')
                .Select((cell, column) => (Raw: Trim(cell), Column: column))
                .Where(c => c.Raw.Length > 0)
                .ToArray();
            Assert.Equal(expected.Length, row.Cells.Length);
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.Equal(expected[k].Column, row.Cells[k].Column);
                Assert.Equal(expected[k].Raw, row.Cells[k].Raw);
                Assert.Equal(TextOf(expected[k].Raw), row.Cells[k].Text);
            }
        }
        Assert.Equal(r, rows.Count);
    }

    // A cell without spaces is taken as it is (Normalize would also trim other Unicode whitespace, e.g. U+2028).
    private static string TextOf(string raw) => raw.Any(ChineseText.IsSpace) ? ChineseText.Normalize(raw.AsSpan()) : raw;

    private static string Trim(string cell)
    {
        var first = 0;
        var last = cell.Length;
        while (first < last && ChineseText.IsSpace(cell[first])) first++;
        while (last > first && ChineseText.IsSpace(cell[last - 1])) last--;
        return cell[first..last];
    }

    [Fact]
    public void Split_SpaceSeparatedLine_TokensKeptWhole()
    {
        var rows = SourceLines.Split("项目名称 2022年市大数据\u3000发展专项资金  \u00A0x\n");

        var row = Assert.Single(rows);
        Assert.Equal(RowLayout.Text, row.Layout);
        Assert.Equal(["项目名称", "2022年市大数据", "发展专项资金", "x"], row.Cells.ToArray().Select(c => c.Text));
        Assert.Equal([0, 1, 2, 3], row.Cells.ToArray().Select(c => c.Column));
    }

    [Fact]
    public void Split_PipeTableWithTagsAndMarkdownRule_RuleHasNoCellsAndTagsAreRemoved()
    {
        var rows = SourceLines.Split("## 项目基本情况\n| <b>项目名称</b> | 大数据 专项 |\n| --- | :---: |\n");

        Assert.Equal(["项目基本情况"], rows[0].Cells.ToArray().Select(c => c.Text));
        Assert.Equal(RowLayout.Pipes, rows[1].Layout);
        Assert.Equal(["项目名称", "大数据专项"], rows[1].Cells.ToArray().Select(c => c.Text));
        Assert.Equal([1, 2], rows[1].Cells.ToArray().Select(c => c.Column));
        Assert.True(rows[2].IsEmpty);
    }
}
