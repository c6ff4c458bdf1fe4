using System.Net;
using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests;

public class DocsTests
{
    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task OpenApi_ListsEveryRouteOfTheContract(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider, demo: false);
        var doc = await api.Anonymous().GetAsync("/openapi/v1.json").OkAsync();
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToHashSet();

        foreach (var path in new[]
                 {
                     "/api/auth/login", "/api/auth/logout", "/api/me", "/api/declarations", "/api/declarations/import", "/api/declarations/read",
                     "/api/declarations/{id}", "/api/declarations/{id}/submit", "/api/declarations/{id}/withdraw",
                     "/api/reviews/queue", "/api/declarations/{id}/review", "/api/declarations/{id}/history",
                     "/api/declarations/{id}/seals/verify", "/api/declarations/{id}/adjustments",
                     "/api/declarations/{id}/versions/{from}/diff/{to}",
                     "/api/declarations/{id}/export", "/api/templates/declaration.xlsx", "/api/exports",
                 })
            Assert.Contains(path, paths);
    }

    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task DocsPage_IsSelfContainedHtmlWithChineseAsIs(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider, demo: false);
        var response = await api.Anonymous().GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("绩效目标管理 API", html);
        Assert.Contains("/openapi/v1.json", html);
        Assert.DoesNotContain("&#x", html);
        Assert.DoesNotContain("https://", html);
    }
}
