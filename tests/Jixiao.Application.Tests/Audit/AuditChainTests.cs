using Jixiao.Application.Audit;
using Jixiao.Application.Seals;

namespace Jixiao.Application.Tests.Audit;

public class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2022, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GenesisHash_IsSixtyFourZeros() =>
        Assert.Equal("0000000000000000000000000000000000000000000000000000000000000000", AuditChain.GenesisHash);

    [Fact]
    public void Seal_FirstEntry_HashIsSm3OfGenesisAndCanonicalBytes()
    {
        var entry = AuditChain.Seal(AuditChain.GenesisHash, Entry(1));

        Assert.Equal(AuditChain.GenesisHash, entry.PreviousHash);
        Assert.Equal(Sm3.DigestHex([.. new byte[32], .. entry.CanonicalBytes()]), entry.Hash);
    }

    [Fact]
    public void Seal_SameEntryAfterAnotherPrevious_DifferentHash()
    {
        var other = AuditChain.Seal(AuditChain.GenesisHash, Entry(9)).Hash;

        Assert.NotEqual(AuditChain.Seal(AuditChain.GenesisHash, Entry(1)).Hash, AuditChain.Seal(other, Entry(1)).Hash);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void Seal_PreviousHashNotSixtyFourHex_Throws(string previous) =>
        Assert.Throws<ArgumentException>(() => AuditChain.Seal(previous, Entry(1)));

    [Fact]
    public void Next_AfterLast_NumbersAndLinksTheEntry()
    {
        var first = AuditChain.Next(null, Entry(0));
        var second = AuditChain.Next(first, Entry(0));

        Assert.Equal(1, first.Sequence);
        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.True(AuditChain.Verify([first, second]).Valid);
    }

    [Fact]
    public void Verify_IntactChain_IsValidAndReportsTheHead()
    {
        var chain = Chain(5);

        var result = AuditChain.Verify(chain);

        Assert.True(result.Valid);
        Assert.Null(result.FirstBrokenSequence);
        Assert.Null(result.Reason);
        Assert.Equal(5, result.CheckedCount);
        Assert.Equal(chain[^1].Hash, result.LastHash);
    }

    [Fact]
    public void Verify_EmptyLog_IsValid()
    {
        var result = AuditChain.Verify([]);

        Assert.True(result.Valid);
        Assert.Equal(0, result.CheckedCount);
        Assert.Equal(AuditChain.GenesisHash, result.LastHash);
    }

    public static TheoryData<string> Fields() => ["At", "Actor", "Action", "EntityType", "EntityId", "Details"];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Verify_FieldChanged_NamesThatEntry(string field)
    {
        var chain = Chain(20);
        var e = chain[16];
        chain[16] = field switch
        {
            "At" => e with { At = e.At.AddSeconds(-1) },
            "Actor" => e with { Actor = "admin" },
            "Action" => e with { Action = "declaration.delete" },
            "EntityType" => e with { EntityType = "user" },
            "EntityId" => e with { EntityId = "decl-999" },
            "Details" => e with { Details = "{\"grade\":\"差\"}" },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };

        var result = AuditChain.Verify(chain);

        Assert.False(result.Valid);
        Assert.Equal(17, result.FirstBrokenSequence);
        Assert.Equal("第 17 条记录的内容与其哈希不符", result.Reason);
        Assert.Equal(16, result.CheckedCount);
    }

    [Fact]
    public void Verify_HashChanged_NamesThatEntry()
    {
        var chain = Chain(20);
        chain[16] = chain[16] with { Hash = new string('a', 64) };

        var result = AuditChain.Verify(chain);

        Assert.Equal(17, result.FirstBrokenSequence);
        Assert.Equal("第 17 条记录的内容与其哈希不符", result.Reason);
    }

    [Fact]
    public void Verify_PreviousHashChanged_NamesThatEntry()
    {
        var chain = Chain(20);
        chain[16] = chain[16] with { PreviousHash = chain[14].Hash };

        var result = AuditChain.Verify(chain);

        Assert.Equal(17, result.FirstBrokenSequence);
        Assert.Contains("第 17 条记录与第 16 条衔接不上", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EntryChangedAndItsHashRecomputed_BreaksAtTheNextEntry()
    {
        var chain = Chain(20);
        chain[16] = AuditChain.Seal(chain[15].Hash, chain[16] with { Actor = "admin" });

        var result = AuditChain.Verify(chain);

        Assert.Equal(18, result.FirstBrokenSequence);
        Assert.Contains("第 18 条记录与第 17 条衔接不上", result.Reason, StringComparison.Ordinal);
        Assert.Contains("第 17 条被改动", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EntryDeleted_NamesTheMissingNumber()
    {
        var chain = Chain(20);
        chain.RemoveAt(16);

        var result = AuditChain.Verify(chain);

        Assert.Equal(17, result.FirstBrokenSequence);
        Assert.Equal("第 17 条记录缺失：第 16 条之后是第 18 条", result.Reason);
        Assert.Equal(16, result.CheckedCount);
    }

    [Fact]
    public void Verify_SeveralEntriesDeleted_NamesTheRange()
    {
        var chain = Chain(20);
        chain.RemoveRange(16, 3);

        var result = AuditChain.Verify(chain);

        Assert.Equal(17, result.FirstBrokenSequence);
        Assert.Equal("第 17 至 19 条记录缺失：第 16 条之后是第 20 条", result.Reason);
    }

    [Fact]
    public void Verify_FirstEntryDeleted_NamesEntryOne()
    {
        var chain = Chain(5);
        chain.RemoveAt(0);

        var result = AuditChain.Verify(chain);

        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Contains("第 1 条记录缺失", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DeletedAndRenumbered_BreaksWhereTheNumbersShift()
    {
        var chain = Chain(20);
        chain.RemoveAt(16);
        for (var i = 16; i < chain.Count; i++)
            chain[i] = chain[i] with { Sequence = chain[i].Sequence - 1 };

        var result = AuditChain.Verify(chain);

        Assert.False(result.Valid);
        Assert.Equal(17, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_TwoEntriesSwapped_NamesTheNumberMissingFromItsPlace()
    {
        // As a query that does not order by sequence might return them: 16, 18, 17.
        var chain = Chain(20);
        (chain[16], chain[17]) = (chain[17], chain[16]);

        var result = AuditChain.Verify(chain);

        Assert.Equal(17, result.FirstBrokenSequence);
        Assert.Contains("第 17 条记录缺失", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TwoEntriesSwappedWithTheirNumbers_IsBroken()
    {
        // As a query ordered by sequence sees it after someone swapped the sequence numbers of two rows.
        var chain = Chain(20);
        var (a, b) = (chain[16], chain[17]);
        chain[16] = b with { Sequence = 17 };
        chain[17] = a with { Sequence = 18 };

        var result = AuditChain.Verify(chain);

        Assert.Equal(17, result.FirstBrokenSequence);
        Assert.Contains("第 17 条记录与第 16 条衔接不上", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EarlierEntryAfterLaterOne_SaysOrderIsBroken()
    {
        var chain = Chain(20);
        var moved = chain[5];
        chain.Insert(17, moved);

        var result = AuditChain.Verify(chain);

        Assert.Equal(6, result.FirstBrokenSequence);
        Assert.Equal("第 6 条记录出现在第 17 条之后：记录顺序被打乱，或有重复的序号", result.Reason);
    }

    [Fact]
    public void Verify_EntryInsertedWithItsOwnHashComputed_BreaksAtTheEntryAfterIt()
    {
        // The intruder numbers the new entry 17, links it to 16 correctly, and renumbers the rest.
        var chain = Chain(20);
        var inserted = AuditChain.Seal(chain[15].Hash, Entry(17) with { Action = "declaration.approve" });
        var rest = chain.Skip(16).Select(e => e with { Sequence = e.Sequence + 1 }).ToList();
        chain = [.. chain.Take(16), inserted, .. rest];

        var result = AuditChain.Verify(chain);

        Assert.Equal(18, result.FirstBrokenSequence);
        Assert.Contains("第 18 条记录与第 17 条衔接不上", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EntryInsertedWithADuplicateNumber_IsBroken()
    {
        var chain = Chain(20);
        chain.Insert(16, AuditChain.Seal(chain[15].Hash, Entry(17) with { Actor = "intruder" }));

        var result = AuditChain.Verify(chain);

        Assert.Equal(17, result.FirstBrokenSequence);
        Assert.Equal("第 17 条记录出现在第 17 条之后：记录顺序被打乱，或有重复的序号", result.Reason);
    }

    [Fact]
    public void Verify_EntryInsertedWithoutAValidHash_NamesIt()
    {
        var chain = Chain(20);
        var rest = chain.Skip(16).Select(e => e with { Sequence = e.Sequence + 1 }).ToList();
        chain = [.. chain.Take(16), Entry(17) with { Actor = "intruder", PreviousHash = chain[15].Hash, Hash = chain[16].Hash }, .. rest];

        var result = AuditChain.Verify(chain);

        Assert.Equal(17, result.FirstBrokenSequence);
        Assert.Equal("第 17 条记录的内容与其哈希不符", result.Reason);
    }

    [Fact]
    public void Verify_FirstEntryNotLinkedToGenesis_NamesEntryOne()
    {
        var chain = Chain(3);
        chain[0] = chain[0] with { PreviousHash = new string('1', 64) };

        var result = AuditChain.Verify(chain);

        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Equal("第 1 条记录的前一哈希不是链首的全零值", result.Reason);
    }

    [Fact]
    public void Verify_NullsFromAHandEditedRow_AreBrokenNotAnException()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { Actor = null!, Hash = null! };

        var result = AuditChain.Verify(chain);

        Assert.Equal(3, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_LoneSurrogateWrittenIntoDetails_IsBrokenNotAnException()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { Details = "{\"opinion\":\"\uD800\"}" };

        var result = AuditChain.Verify(chain);

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("无法编码", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TenThousandEntries_ValidInOnePass()
    {
        var source = new OnceOnly(Generate(10_000));

        var result = AuditChain.Verify(source);

        Assert.True(result.Valid);
        Assert.Equal(10_000, result.CheckedCount);
        Assert.Equal(1, source.Enumerations);
    }

    [Fact]
    public void Verify_TenThousandEntriesOneChanged_NamesItAndStopsThere()
    {
        var source = new OnceOnly(Generate(10_000).Select(e => e.Sequence == 7_777 ? e with { Details = "{}" } : e));

        var result = AuditChain.Verify(source);

        Assert.Equal(7_777, result.FirstBrokenSequence);
        Assert.Equal("第 7777 条记录的内容与其哈希不符", result.Reason);
        Assert.Equal(7_776, result.CheckedCount);
    }

    private static AuditRecord Entry(long sequence) => new()
    {
        Sequence = sequence,
        At = Start.AddMinutes(sequence),
        Actor = sequence % 2 == 0 ? "dept1" : "filer1",
        Action = sequence % 2 == 0 ? "declaration.review" : "declaration.edit",
        EntityType = "declaration",
        EntityId = $"decl-{sequence % 7}",
        Details = $"{{\"version\":{sequence},\"opinion\":\"第{sequence}次修改，同意\"}}",
    };

    private static List<AuditRecord> Chain(int count) => [.. Generate(count)];

    // Lazily, as rows come from a database reader: nothing is kept but the previous entry.
    private static IEnumerable<AuditRecord> Generate(int count)
    {
        AuditRecord? last = null;
        for (var i = 1; i <= count; i++)
        {
            last = AuditChain.Next(last, Entry(i));
            yield return last;
        }
    }

    /// Fails the test if Verify walks the entries twice (a database query would run twice).
    private sealed class OnceOnly(IEnumerable<AuditRecord> inner) : IEnumerable<AuditRecord>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<AuditRecord> GetEnumerator()
        {
            Assert.Equal(0, Enumerations++);
            return inner.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
