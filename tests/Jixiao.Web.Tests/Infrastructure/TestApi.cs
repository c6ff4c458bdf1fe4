using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Application.Setup;
using Jixiao.Testing.Databases;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Infrastructure;

/// One test's view of the server: its own migrated database (optionally with the demo organisation) and signed-in
/// clients per user. Disposing drops the database.
public sealed class TestApi : IAsyncDisposable
{
    private readonly string _key;

    private TestApi(JixiaoApp app, TestDatabase database)
    {
        App = app;
        Database = database;
        _key = TestDatabaseSelection.Register(database.ConnectionString);
    }

    public JixiaoApp App { get; }
    public TestDatabase Database { get; }

    public static async Task<TestApi> StartAsync(DatabaseProvider provider, bool demo = true)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var api = new TestApi(JixiaoApp.For(provider), database);
        if (demo) await api.RunAsync<SeedDemo, bool>(s => s.RunAsync(CancellationToken.None));
        return api;
    }

    /// Runs an application service against this test's database, outside HTTP (seeding, start-up code).
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> action) where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestDatabaseSelection>().ConnectionString = Database.ConnectionString;
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// A client that is not signed in.
    public HttpClient Anonymous() =>
        App.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(), new DatabaseHeaderHandler(_key));

    /// A client signed in as <paramref name="userName"/> (demo password unless given).
    public async Task<HttpClient> SignInAsync(string userName, string password = SeedDemo.Password)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"login {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        TestDatabaseSelection.Unregister(_key);
        await Database.DisposeAsync();
    }

    private sealed class DatabaseHeaderHandler(string key) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(JixiaoApp.DatabaseHeader, key);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// Reading answers in tests.
public static class Json
{
    public static async Task<JsonNode> ReadAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text.Length == 0 ? "null" : text) ?? JsonValue.Create(0);
    }

    public static async Task<JsonNode> OkAsync(this Task<HttpResponseMessage> response) => await (await response).ReadAsync(HttpStatusCode.OK);

    public static async Task<JsonNode> ProblemAsync(this Task<HttpResponseMessage> response, HttpStatusCode expected)
    {
        var r = await response;
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = await r.ReadAsync(expected);
        Assert.Equal((int)expected, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)problem["detail"]!);
        return problem;
    }

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}

/// Reading downloads in tests.
public static class Downloads
{
    public static async Task<byte[]> OkAsyncBytes(this Task<HttpResponseMessage> response)
    {
        var r = await response;
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadAsByteArrayAsync();
    }
}
