using Jixiao.Application.Access;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Setup;

/// Brings a database up to date and makes sure someone can sign in: the demo organisation when asked for, otherwise
/// only an administrator with a random one-time password. Accounts with a known password never exist unless asked for.
public sealed class InitializeDatabase(JixiaoDbContext db, SeedDemo seedDemo, UserAdmin userAdmin)
{
    /// What happened, for the host to print: the one-time administrator password appears here once and nowhere else.
    public sealed record Outcome(bool DemoSeeded, string? AdminOneTimePassword);

    public async Task<Outcome> RunAsync(bool demo, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        if (demo) return new Outcome(await seedDemo.RunAsync(ct), null);

        await using var transaction = await db.BeginWriteAsync(ct);
        if (await db.Users.AnyAsync(ct)) return new Outcome(false, null);
        var admin = await userAdmin.AddAsync(Caller.System, new UserAdmin.UserInput("admin", "系统管理员", UserRole.Admin, null, null), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(false, admin.OneTimePassword);
    }
}
