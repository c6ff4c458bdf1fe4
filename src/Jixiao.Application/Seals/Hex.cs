namespace Jixiao.Application.Seals;

/// Lowercase hex, the one text form of digests, keys and signatures that Jixiao stores and shows.
public static class Hex
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// Parses hex of either case; false (never an exception) for null, odd length or a non-hex character,
    /// because the input may come from a database row someone edited by hand.
    public static bool TryParse(string? text, out byte[] bytes)
    {
        bytes = [];
        if (text is null || text.Length % 2 != 0)
            return false;
        var buffer = new byte[text.Length / 2];
        if (Convert.FromHexString(text, buffer, out _, out _) != System.Buffers.OperationStatus.Done)
            return false;
        bytes = buffer;
        return true;
    }
}
