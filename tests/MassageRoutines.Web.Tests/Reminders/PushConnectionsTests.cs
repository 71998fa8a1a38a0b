using System.Net;
using System.Net.Sockets;
using MassageRoutines.Web.Reminders;

namespace MassageRoutines.Web.Tests.Reminders;

/// <summary>The pusher's own connections: public addresses only, whatever a name resolves to. Nothing here leaves loopback.</summary>
public class PushConnectionsTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.255")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::127.0.0.1")]
    [InlineData("64:ff9b::a00:5")]
    public void Addresses_inside_the_network_are_not_public(string address) =>
        Assert.False(PushConnections.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("142.250.180.10")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2a00:1450:4007:80e::200a")]
    [InlineData("::ffff:142.250.180.10")]
    [InlineData("64:ff9b::8efa:b40a")]
    public void Addresses_on_the_internet_are_public(string address) =>
        Assert.True(PushConnections.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_unless_the_test_escape_is_on()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var refused = await Assert.ThrowsAsync<HttpRequestException>(async () =>
            await PushConnections.ConnectAsync(new DnsEndPoint("localhost", port), allowPrivate: false, CancellationToken.None));
        Assert.Contains("no public address", refused.Message);
        await Assert.ThrowsAsync<HttpRequestException>(async () =>
            await PushConnections.ConnectAsync(new DnsEndPoint("127.0.0.1", port), allowPrivate: false, CancellationToken.None));

        await using var allowed = await PushConnections.ConnectAsync(new DnsEndPoint("127.0.0.1", port), allowPrivate: true, CancellationToken.None);
        using var accepted = await listener.AcceptTcpClientAsync();
    }

    [Fact]
    public async Task The_pushers_client_refuses_loopback_and_does_not_follow_redirects()
    {
        using var handler = PushConnections.Handler(new RemindersOptions());
        using var client = new HttpClient(handler);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("http://localhost:9/"));
        Assert.Contains("no public address", refused.ToString());
        Assert.False(handler.AllowAutoRedirect);
        Assert.True(handler.ConnectTimeout <= TimeSpan.FromSeconds(5));
    }
}
