using Jixiao.Data.Declarations;
using Jixiao.Data.Organisations;
using Jixiao.Domain.Review;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public class DeclarationStorageTests
{
    private static async Task<Guid> AddDeclarationAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var department = new Organisation { Name = "南昌市政务服务数据管理局", Kind = OrganisationKind.Department, BudgetCode = "507001", CreatedAt = DateTime.UtcNow };
        db.Organisations.Add(department);
        var declaration = new DeclarationRecord
        {
            UnitId = department.Id, DepartmentId = department.Id, Year = 2022, ProjectName = "2022年市大数据发展专项资金",
            ProjectTypes = "general", Status = DeclarationStatus.Draft, Version = 1,
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        declaration.Versions.Add(new DeclarationVersion { Number = 1, Content = """{"projectName":"2022年市大数据发展专项资金"}""", Origin = "created", CreatedAt = DateTime.UtcNow });
        db.Declarations.Add(declaration);
        await db.SaveChangesAsync();
        return declaration.Id;
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Declaration_SavedWithChineseContent_ReadsBackUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await AddDeclarationAsync(database);

        await using var db = database.CreateContext();
        var stored = await db.Declarations.Include(d => d.Versions).Include(d => d.Department).SingleAsync(d => d.Id == id);

        Assert.Equal("2022年市大数据发展专项资金", stored.ProjectName);
        Assert.Equal("南昌市政务服务数据管理局", stored.Department!.Name);
        Assert.Equal("""{"projectName":"2022年市大数据发展专项资金"}""", Assert.Single(stored.Versions).Content);
        Assert.Equal(DateTimeKind.Utc, stored.UpdatedAt.Kind);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Declaration_TwoWritersFromTheSameRead_SecondGetsConcurrencyConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await AddDeclarationAsync(database);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var a = await first.Declarations.SingleAsync(d => d.Id == id);
        var b = await second.Declarations.SingleAsync(d => d.Id == id);

        a.Status = DeclarationStatus.InReview;
        a.ConcurrencyStamp = Guid.NewGuid();
        await first.SaveChangesAsync();
        b.ProjectName = "过期的修改";
        b.ConcurrencyStamp = Guid.NewGuid();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = database.CreateContext();
        Assert.Equal("2022年市大数据发展专项资金", (await check.Declarations.SingleAsync(d => d.Id == id)).ProjectName);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task BeginWrite_TwoWritersAtOnce_SecondWaitsAndSeesTheFirstsChange(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await AddDeclarationAsync(database);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();

        var firstTransaction = await first.BeginWriteAsync(default);
        var firstRow = await first.Declarations.SingleAsync(d => d.Id == id);
        firstRow.Version = 2;
        await first.SaveChangesAsync();

        // The second writer starts while the first still holds the write lock; it may only read after the commit.
        var secondRead = Task.Run(async () =>
        {
            await using var transaction = await second.BeginWriteAsync(default);
            var version = (await second.Declarations.AsNoTracking().SingleAsync(d => d.Id == id)).Version;
            await transaction.CommitAsync();
            return version;
        });
        // Give the second writer every chance to get through: with the lock it cannot, whatever the wait; without
        // it, it reads the old version and finishes well within this.
        await Task.WhenAny(secondRead, Task.Delay(TimeSpan.FromMilliseconds(500)));
        Assert.False(secondRead.IsCompleted);
        await firstTransaction.CommitAsync();
        await firstTransaction.DisposeAsync();

        Assert.Equal(2, await secondRead);
    }
}
