namespace Jixiao.Application;

public static class Timestamps
{
    /// Now in UTC, cut to whole microseconds: PostgreSQL keeps no finer, and a sealed time must read back exactly
    /// as it was signed.
    public static DateTime UtcNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc);
    }
}
