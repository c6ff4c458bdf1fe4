using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Health;

public class PingTests
{
    [SkippableTheory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Ping_NotSignedIn_AnswersOk(DatabaseProvider provider)
    {
        await using var api = await TestApi.StartAsync(provider, demo: false);

        var pong = await api.Anonymous().GetAsync("/api/ping").OkAsync();

        Assert.Equal("ok", (string?)pong["status"]);
    }
}
