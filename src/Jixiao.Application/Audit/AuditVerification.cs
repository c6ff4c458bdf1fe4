namespace Jixiao.Application.Audit;

/// The result of checking the audit chain.
/// <param name="Valid">True when every entry checked out.</param>
/// <param name="FirstBrokenSequence">The first entry that failed (for a gap: the first missing number).</param>
/// <param name="Reason">Why, in Chinese, for the CLI and the admin page.</param>
/// <param name="CheckedCount">How many entries were found intact before the break (all of them when valid).</param>
/// <param name="LastHash">The hash of the last intact entry (the genesis hash for an empty log). Writing it down
/// somewhere outside the database lets a later check notice entries cut off at the end or a rewritten chain.</param>
public sealed record AuditVerification(bool Valid, long? FirstBrokenSequence, string? Reason, long CheckedCount, string LastHash)
{
    internal static AuditVerification Intact(long count, string lastHash) => new(true, null, null, count, lastHash);

    internal static AuditVerification Broken(long sequence, string reason, long count, string lastHash) =>
        new(false, sequence, reason, count, lastHash);
}
