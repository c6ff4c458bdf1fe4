using System.Globalization;

namespace Jixiao.Application.Seals;

/// The one text form of a time inside signed or hashed bytes: UTC, ISO 8601, exactly three fractional digits
/// (<c>2022-03-01T02:03:04.567Z</c>).
/// Milliseconds because every store we use keeps at least that much (PostgreSQL timestamptz keeps microseconds,
/// SQLite text keeps ticks), so a time read back from the database formats to the same text it was signed with.
public static class CanonicalTime
{
    public static string Format(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// The time as it will be signed: UTC, cut to whole milliseconds. Store this value, not the raw clock value,
    /// so that what the database holds and what was signed are the same instant.
    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
