using System.Net;
using System.Net.Sockets;
using Jixiao.Web.Shared.Api;

namespace Jixiao.Web.Tests.Ui;

/// The UI's API client when the server does not answer at all: an answer like any other failure (pages show it beside
/// what the user typed), never a raw network exception that hands the page to the error boundary.
public class ApiClientTests
{
    [Fact]
    public async Task ServerNotListening_CallFails_AsA503WithAChineseMessage()
    {
        // a port that was free a moment ago and is closed now: the connection is refused
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var http = new HttpClient();
        var api = new JixiaoApi(http, new ApiSession { BaseAddress = $"http://127.0.0.1:{port}" });

        var failure = await Assert.ThrowsAsync<ApiException>(() => api.GetDeclarationAsync(Guid.NewGuid()));

        Assert.Equal(503, failure.Status);
        Assert.Equal("服务器暂时没有响应，请稍后再试。", failure.Detail);
    }
}
