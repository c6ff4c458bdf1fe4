using Jixiao.Application.Seals;

namespace Jixiao.Application.Audit;

/// The audit log as a hash chain: each entry's hash is SM3(previous entry's hash ‖ the entry's canonical bytes),
/// so changing, deleting, inserting or reordering an entry breaks the chain at that point.
/// What a chain alone cannot show: someone with write access who rewrites an entry and recomputes every hash after
/// it, or who cuts entries off the end. Compare <see cref="AuditVerification.LastHash"/> with a copy kept
/// elsewhere to catch those.
public static class AuditChain
{
    /// The "previous hash" of the first entry.
    public static readonly string GenesisHash = new('0', 64);

    /// The entry with <see cref="AuditRecord.PreviousHash"/> and <see cref="AuditRecord.Hash"/> filled in.
    public static AuditRecord Seal(string previousHash, AuditRecord unsealed)
    {
        if (!Hex.TryParse(previousHash, out var previous) || previous.Length != Sm3.Length)
            throw new ArgumentException("The previous hash must be 64 hex characters.", nameof(previousHash));
        var normalized = Hex.Of(previous);
        return unsealed with { PreviousHash = normalized, Hash = HashOf(previous, unsealed) };
    }

    /// The entry that follows <paramref name="last"/> (null for an empty log): its sequence number and hashes set.
    public static AuditRecord Next(AuditRecord? last, AuditRecord unsealed) =>
        Seal(last?.Hash ?? GenesisHash, unsealed with { Sequence = (last?.Sequence ?? 0) + 1 });

    /// Checks entries given in sequence order, reading each once and keeping only the previous hash, so it runs
    /// over an ordered database query of any length in constant memory. Stops at the first broken entry.
    public static AuditVerification Verify(IEnumerable<AuditRecord> inOrder)
    {
        var previousHash = GenesisHash;
        var previousBytes = new byte[Sm3.Length];
        long expected = 1;
        foreach (var record in inOrder)
        {
            var problem = Check(record, expected, previousHash, previousBytes);
            if (problem is not null)
                return AuditVerification.Broken(problem.Value.Sequence, problem.Value.Reason, expected - 1, previousHash);
            previousHash = record.Hash;
            previousBytes = Convert.FromHexString(previousHash);
            expected++;
        }
        return AuditVerification.Intact(expected - 1, previousHash);
    }

    private static (long Sequence, string Reason)? Check(AuditRecord record, long expected, string previousHash, byte[] previousBytes)
    {
        var sequence = record.Sequence;
        if (sequence > expected)
            return (expected, sequence == expected + 1
                ? $"第 {expected} 条记录缺失：第 {expected - 1} 条之后是第 {sequence} 条"
                : $"第 {expected} 至 {sequence - 1} 条记录缺失：第 {expected - 1} 条之后是第 {sequence} 条");
        if (sequence < expected)
            return (sequence, expected == 1
                ? $"日志应从第 1 条开始，却从第 {sequence} 条开始"
                : $"第 {sequence} 条记录出现在第 {expected - 1} 条之后：记录顺序被打乱，或有重复的序号");
        if (record.PreviousHash != previousHash)
            return (sequence, sequence == 1
                ? "第 1 条记录的前一哈希不是链首的全零值"
                : $"第 {sequence} 条记录与第 {sequence - 1} 条衔接不上：它记下的前一哈希与第 {sequence - 1} 条的哈希不符"
                  + $"（第 {sequence - 1} 条被改动后重算了哈希，或两条之间有记录被插入或删除）");

        string actual;
        try
        {
            actual = HashOf(previousBytes, record);
        }
        catch (System.Text.EncoderFallbackException)
        {
            return (sequence, $"第 {sequence} 条记录含有无法编码的字符（孤立的代理项），其内容已被改动");
        }
        if (record.Hash != actual)
            return (sequence, $"第 {sequence} 条记录的内容与其哈希不符");
        return null;
    }

    private static string HashOf(byte[] previousHash, AuditRecord record)
    {
        var content = record.CanonicalBytes();
        var input = new byte[previousHash.Length + content.Length];
        previousHash.CopyTo(input, 0);
        content.CopyTo(input, previousHash.Length);
        return Sm3.DigestHex(input);
    }
}
