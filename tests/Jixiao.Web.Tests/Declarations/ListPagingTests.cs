using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Declarations;

/// GET /api/declarations with the list page's parameters: page, pageSize, sort, department, projectType, q.
public class ListPagingTests
{
    private static JsonObject Named(string projectName, int year = 2022, params string[] types)
    {
        var json = TestDeclarations.Valid(types);
        json["projectName"] = projectName;
        if (year != 2022)
        {
            json["year"] = year;
            json["startDate"] = $"{year}-01-01";
            json["endDate"] = $"{year}-12-31";
        }
        return json;
    }

    private static async Task<(string[] Names, int Total)> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/declarations" + query);
        var items = (await response.ReadAsync(HttpStatusCode.OK)).AsArray();
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        return ([.. items.Select(i => (string)i!["projectName"]!)], total);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task List_PageAndPageSize_CutsTheSortedListAndCountsAll(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider, demo: true);
        var filer = await api.SignInAsync("filer2");
        // names that sort alike under any collation (PostgreSQL's may be pinyin, SQLite's is binary)
        foreach (var name in new[] { "项目03", "项目01", "项目05", "项目02", "项目04" })
            await filer.CreateAsync(Named(name));

        var first = await ListAsync(filer, "?page=1&pageSize=2&sort=projectName");
        var second = await ListAsync(filer, "?page=2&pageSize=2&sort=projectName");
        var third = await ListAsync(filer, "?page=3&pageSize=2&sort=projectName");
        var beyond = await ListAsync(filer, "?page=9&pageSize=2&sort=projectName");

        Assert.Equal(["项目01", "项目02"], first.Names);
        Assert.Equal(["项目03", "项目04"], second.Names);
        Assert.Equal(["项目05"], third.Names);
        Assert.Empty(beyond.Names);
        Assert.All(new[] { first, second, third, beyond }, p => Assert.Equal(5, p.Total));
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task List_Sort_OrdersByTheFieldEitherWay(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer2");
        await filer.CreateAsync(Named("二〇二一年项目", 2021));
        await filer.CreateAsync(Named("二〇二三年项目", 2023));
        await filer.CreateAsync(Named("二〇二二年项目", 2022));

        var byYear = await ListAsync(filer, "?sort=year");
        var byYearDescending = await ListAsync(filer, "?sort=-year");
        var newestFirst = await ListAsync(filer, "");

        Assert.Equal(["二〇二一年项目", "二〇二二年项目", "二〇二三年项目"], byYear.Names);
        Assert.Equal(["二〇二三年项目", "二〇二二年项目", "二〇二一年项目"], byYearDescending.Names);
        Assert.Equal(["二〇二二年项目", "二〇二三年项目", "二〇二一年项目"], newestFirst.Names);   // by last change
        Assert.Equal(3, newestFirst.Total);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task List_SearchAndFilters_KeepOnlyMatchingDeclarations(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer1 = await api.SignInAsync("filer1");
        var filer2 = await api.SignInAsync("filer2");
        await filer1.CreateAsync(Named("政务云平台运维", 2022, "governmentProcurement"));
        await filer1.CreateAsync(Named("数据共享平台建设", 2022, "ppp"));
        await filer1.CreateAndSubmitAsync(Named("政务外网测评", 2022, "general"));
        await filer2.CreateAndSubmitAsync(Named("智慧校园平台", 2022, "general"));
        var biz = await api.SignInAsync("biz");
        var dept1 = await api.SignInAsync("dept1");
        var dept2 = await api.SignInAsync("dept2");
        foreach (var id in (await dept1.GetAsync("/api/reviews/queue").OkAsync()).AsArray().Select(d => Guid.Parse((string)d!["id"]!)))
            await dept1.ReviewAsync(id, "approve").OkAsync();
        foreach (var id in (await dept2.GetAsync("/api/reviews/queue").OkAsync()).AsArray().Select(d => Guid.Parse((string)d!["id"]!)))
            await dept2.ReviewAsync(id, "approve").OkAsync();

        Assert.Equal(["数据共享平台建设", "政务云平台运维"], (await ListAsync(filer1, "?q=%E5%B9%B3%E5%8F%B0")).Names);   // q=平台, newest first
        Assert.Equal(["政务云平台运维"], (await ListAsync(filer1, "?projectType=governmentProcurement")).Names);
        Assert.Equal(["数据共享平台建设"], (await ListAsync(filer1, "?projectType=ppp&q=%E5%B9%B3%E5%8F%B0")).Names);
        Assert.Equal(["政务外网测评"], (await ListAsync(filer1, "?status=inReview")).Names);
        // the business section sees both departments' declarations waiting at its stage; department narrows them
        Assert.Equal(2, (await ListAsync(biz, "")).Total);
        Assert.Equal(["智慧校园平台"], (await ListAsync(biz, "?department=%E6%95%99%E8%82%B2")).Names);   // 教育
        Assert.Equal(["政务外网测评"], (await ListAsync(biz, "?department=%E6%95%B0%E6%8D%AE%E7%AE%A1%E7%90%86")).Names);   // 数据管理
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task List_FiltersCombine_WithTheCallersScope(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer2 = await api.SignInAsync("filer2");
        await filer2.CreateAsync(Named("教育局的平台项目"));

        var filer1Search = await ListAsync(await api.SignInAsync("filer1"), "?q=%E6%95%99%E8%82%B2%E5%B1%80");   // 教育局

        Assert.Empty(filer1Search.Names);
        Assert.Equal(0, filer1Search.Total);
    }

    [SkippableTheory]
    [MemberData(nameof(BadParameters))]
    public async Task List_BadParameter_Is400WithTheReason(DatabaseProvider provider, string query, string reason)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer1");

        var problem = await filer.GetAsync("/api/declarations" + query).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(reason, (string)problem["detail"]!);
    }

    public static IEnumerable<object[]> BadParameters() =>
        from provider in TestDatabases.All.Select(p => p[0])
        from bad in new[]
        {
            ("?sort=status", "sort 只能是"),
            ("?projectType=bridge", "projectType 只能是"),
            ("?page=0", "page 从 1 开始"),
            ("?pageSize=101", "pageSize 须在 1 到 100 之间"),
        }
        select new[] { provider, bad.Item1, bad.Item2 };

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task List_WithoutPaging_AnswersEveryDeclarationAsBefore(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider);
        var filer = await api.SignInAsync("filer2");
        for (var i = 0; i < 25; i++) await filer.CreateAsync(Named($"项目{i:00}"));

        var all = await ListAsync(filer, "");

        Assert.Equal(25, all.Names.Length);
        Assert.Equal(25, all.Total);
    }
}
