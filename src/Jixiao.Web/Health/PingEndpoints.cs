namespace Jixiao.Web.Health;

/// `GET /api/ping`: anonymous, answers a constant without touching the database. Load balancers and scripts use it
/// to see that the server is up, and the server benchmark (bench/server.sh) uses it as the baseline of what the
/// same server and request pipeline cost when the endpoint itself does nothing.
public static class PingEndpoints
{
    public sealed record Pong(string Status);

    private static readonly Pong Ok = new("ok");

    public static IEndpointRouteBuilder MapPing(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ping", () => TypedResults.Ok(Ok)).AllowAnonymous().WithTags("Health");
        return app;
    }
}
