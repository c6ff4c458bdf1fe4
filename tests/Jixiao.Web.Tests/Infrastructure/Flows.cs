using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests.Infrastructure;

/// The steps tests repeat, each asserting that it worked.
public static class Flows
{
    public static async Task<Guid> CreateAsync(this HttpClient filer, JsonObject? declaration = null)
    {
        var created = await (await filer.PostAsJsonAsync("/api/declarations", declaration ?? TestDeclarations.Valid())).ReadAsync(HttpStatusCode.Created);
        return Guid.Parse((string)created["id"]!);
    }

    public static Task<JsonNode> GetAsync(this HttpClient client, Guid id) => client.GetAsync($"/api/declarations/{id}").OkAsync();

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient filer, Guid id) =>
        filer.PostAsync($"/api/declarations/{id}/submit", null);

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient reviewer, Guid id, string decision, string? grade = null, string? opinion = "同意", object[]? comments = null) =>
        reviewer.PostAsJsonAsync($"/api/declarations/{id}/review", new { decision, grade, opinion, comments = comments ?? [] });

    public static Task<HttpResponseMessage> SaveAsync(this HttpClient filer, Guid id, int version, JsonObject declaration) =>
        filer.PutAsJsonAsync($"/api/declarations/{id}", new { version, declaration });

    public static async Task<Guid> CreateAndSubmitAsync(this HttpClient filer, JsonObject? declaration = null)
    {
        var id = await filer.CreateAsync(declaration);
        await filer.SubmitAsync(id).OkAsync();
        return id;
    }

    public static string[] Stages(this JsonNode routed) =>
        [.. routed["route"]!.AsArray().Select(s => (string)s!["stage"]!)];
}
