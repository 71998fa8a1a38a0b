using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MassageRoutines.Web.Tests.Reminders;

/// <summary>One message as the push service received it.</summary>
internal sealed record ReceivedPush(string Path, string? Authorization, string? ContentEncoding, string? Ttl, string? Topic, byte[] Body);

/// <summary>
/// Stands in for a browser's push service (RFC 8030) on loopback: it keeps every message it is sent,
/// and answers 201, or the status a test sets for a path (410 for a subscription that has gone). A 3xx
/// points at /elsewhere, where a client that follows redirects would be seen (<see cref="Followed"/>).
/// </summary>
internal sealed class FakePushService : IAsyncDisposable
{
    private readonly WebApplication server;

    public ConcurrentQueue<ReceivedPush> Received { get; } = new();
    public ConcurrentDictionary<string, int> StatusByPath { get; } = new();
    public ConcurrentQueue<string> Followed { get; } = new();

    private FakePushService(WebApplication server) => this.server = server;

    public string Origin => server.Urls.Single().TrimEnd('/');

    public static async Task<FakePushService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = builder.Build();
        var fake = new FakePushService(server);
        server.MapPost("/push/{id}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            var headers = http.Request.Headers;
            fake.Received.Enqueue(new ReceivedPush(http.Request.Path, headers.Authorization, headers.ContentEncoding, headers["TTL"], headers["Topic"], body.ToArray()));
            var status = fake.StatusByPath.GetValueOrDefault(http.Request.Path.Value!, StatusCodes.Status201Created);
            if (status is >= 300 and < 400)
            {
                http.Response.Headers.Location = "/elsewhere?secret=1";
            }
            return Results.StatusCode(status);
        });
        server.Map("/elsewhere", (HttpContext http) =>
        {
            fake.Followed.Enqueue($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}");
            return Results.Ok();
        });
        await server.StartAsync();
        return fake;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}

/// <summary>A browser's side of a push subscription: its P-256 key pair and auth secret, and RFC 8291 decryption.</summary>
internal sealed class FakeBrowser : IDisposable
{
    private readonly ECDiffieHellman key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] auth = RandomNumberGenerator.GetBytes(16);

    public string P256dh => Base64Url.EncodeToString(PublicPoint(key.PublicKey.ExportParameters()));
    public string Auth => Base64Url.EncodeToString(auth);

    /// <summary>
    /// Decrypts an aes128gcm body (RFC 8188) as RFC 8291 says a user agent does: the header's salt and the
    /// server's one-time public key, ECDH with ours, two HKDFs, then AES-GCM; the plaintext ends with the
    /// last-record delimiter 2 and any zero padding.
    /// </summary>
    public string Decrypt(byte[] body)
    {
        var salt = body[..16];
        var recordSize = (body[16] << 24) | (body[17] << 16) | (body[18] << 8) | body[19];
        Assert.Equal(65, body[20]);
        var serverPublic = body[21..86];
        var cipherText = body[86..];
        Assert.True(cipherText.Length <= recordSize, "One record holds the whole message.");

        using var server = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = serverPublic[1..33], Y = serverPublic[33..] },
        });
        var sharedSecret = key.DeriveRawSecretAgreement(server.PublicKey);
        byte[] keyInfo = [.. "WebPush: info\0"u8, .. PublicPoint(key.PublicKey.ExportParameters()), .. serverPublic];
        var ikm = HKDF.DeriveKey(HashAlgorithmName.SHA256, sharedSecret, 32, auth, keyInfo);
        var contentKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, 16, salt, "Content-Encoding: aes128gcm\0"u8.ToArray());
        var nonce = HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, 12, salt, "Content-Encoding: nonce\0"u8.ToArray());

        var plain = new byte[cipherText.Length - 16];
        using var aes = new AesGcm(contentKey, 16);
        aes.Decrypt(nonce, cipherText[..^16], cipherText[^16..], plain);
        var end = Array.FindLastIndex(plain, b => b != 0);
        Assert.Equal(2, plain[end]);
        return Encoding.UTF8.GetString(plain, 0, end);
    }

    private static byte[] PublicPoint(ECParameters parameters) => [0x04, .. parameters.Q.X!, .. parameters.Q.Y!];

    public void Dispose() => key.Dispose();
}

/// <summary>The VAPID authorization header (RFC 8292): "vapid t=JWT, k=public key".</summary>
internal sealed record VapidHeader(JsonElement Claims, string PublicKey)
{
    /// <summary>Reads the header and checks the JWT's ES256 signature against the key it names.</summary>
    public static VapidHeader Verify(string? authorization)
    {
        Assert.NotNull(authorization);
        Assert.StartsWith("vapid ", authorization);
        var parameters = authorization["vapid ".Length..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var token = parameters["t"].Split('.');
        var publicKey = Base64Url.DecodeFromChars(parameters["k"]);

        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(token[0])).RootElement;
        Assert.Equal("ES256", header.GetProperty("alg").GetString());
        using var verifier = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = publicKey[1..33], Y = publicKey[33..] },
        });
        Assert.True(verifier.VerifyData(Encoding.ASCII.GetBytes($"{token[0]}.{token[1]}"), Base64Url.DecodeFromChars(token[2]), HashAlgorithmName.SHA256),
            "The JWT's signature does not verify with the VAPID public key.");
        return new VapidHeader(JsonDocument.Parse(Base64Url.DecodeFromChars(token[1])).RootElement, parameters["k"]);
    }
}
