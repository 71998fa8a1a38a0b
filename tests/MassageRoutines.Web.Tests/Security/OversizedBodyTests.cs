using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MassageRoutines.Web.Tests.Api;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>
/// A body far over the limit gets an answer, 413 with problem details, not a closed connection: on
/// real Kestrel, since the in-memory test server neither closes connections nor drains bodies.
/// </summary>
public sealed class OversizedBodyTests : IAsyncLifetime
{
    private readonly AppFactory kestrel = new();

    public Task InitializeAsync()
    {
        kestrel.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        kestrel.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await kestrel.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public async Task A_session_post_of_megabytes_is_answered_413_with_problem_details(int megabytes)
    {
        var client = await kestrel.RunnerClientAsync();
        var sessions = await kestrel.WithDbAsync(db => db.SessionLogs.CountAsync());

        var response = await client.PostAsync("/api/sessions",
            new StringContent($"{{\"notes\":\"{new string('n', megabytes * 1024 * 1024)}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The request body is too large", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(sessions, await kestrel.WithDbAsync(db => db.SessionLogs.CountAsync()));
    }

    [Fact]
    public async Task A_client_that_reads_while_it_sends_gets_the_413_before_the_body_is_sent()
    {
        var address = new Uri(kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, address.Port);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var length = 10 * 1024 * 1024;
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n"));
        await stream.WriteAsync(new byte[64 * 1024]);

        var answer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var read = await stream.ReadAsync(answer, timeout.Token);

        Assert.StartsWith("HTTP/1.1 413", Encoding.ASCII.GetString(answer, 0, read));
    }
}
