using Jixiao.Application.Seals;

namespace Jixiao.Application;

public static class Timestamps
{
    /// Now in UTC, cut to whole milliseconds (<see cref="CanonicalTime.Truncate"/>): a sealed or hashed time must read
    /// back from either database exactly as it was signed.
    public static DateTime UtcNow(this TimeProvider clock) => CanonicalTime.Truncate(clock.GetUtcNow()).UtcDateTime;
}
