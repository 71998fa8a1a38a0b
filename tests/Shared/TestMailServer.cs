using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MassageRoutines.Web.Mail;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace MassageRoutines.Testing;

/// <summary>
/// A real SMTP server in the test process, on a free loopback port, that keeps every message it is
/// sent. <see cref="Settings"/> point an app's Email section at it.
/// </summary>
public sealed class TestMailServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> received = new();
    private readonly CancellationTokenSource stop = new();
    private readonly SmtpServer.SmtpServer server;
    private readonly Task running;

    public TestMailServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(received));
        server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(stop.Token);
    }

    public int Port { get; }

    /// <summary>The Email settings that send the app's mail here.</summary>
    public Dictionary<string, string> Settings => new()
    {
        [$"{EmailOptions.Section}:{nameof(EmailOptions.SmtpHost)}"] = "127.0.0.1",
        [$"{EmailOptions.Section}:{nameof(EmailOptions.SmtpPort)}"] = Port.ToString(),
        [$"{EmailOptions.Section}:{nameof(EmailOptions.SmtpSecurity)}"] = nameof(SmtpSecurity.None),
        [$"{EmailOptions.Section}:{nameof(EmailOptions.From)}"] = "Massage Routines <noreply@example.com>",
    };

    public IReadOnlyList<MimeMessage> Received => received.ToList();

    /// <summary>Every message sent so far to that address.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Waits for the <paramref name="count"/>th message to that address, and returns it.</summary>
    public async Task<MimeMessage> NextToAsync(string address, int count = 1)
    {
        await Eventually.TrueAsync(() => Task.FromResult(To(address).Count >= count), $"{count} mail(s) reach {address}");
        return To(address)[count - 1];
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }
        stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
