using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Reminders;
using MassageRoutines.Web.Tests.Operations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serilog.Events;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>A copy of the database (a backup) gives away neither the cookie keys nor the VAPID private key, once the operator gives a certificate.</summary>
public sealed class KeysAtRestTests : IDisposable
{
    private const string Password = "test certificate password";

    /// <summary>A self-signed certificate with its RSA key, in a PFX file of this test's own.</summary>
    private readonly string certificatePath = Path.Combine(Path.GetTempPath(), $"key-ring-{Guid.NewGuid():N}.pfx");

    public KeysAtRestTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MassageRoutines test key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero));
        File.WriteAllBytes(certificatePath, certificate.Export(X509ContentType.Pfx, Password));
    }

    public void Dispose() => File.Delete(certificatePath);

    private Dictionary<string, string> WithCertificate(string password = Password) => new()
    {
        ["DataProtection:CertificatePath"] = certificatePath,
        ["DataProtection:CertificatePassword"] = password,
    };

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_a_restart_still_reads_them()
    {
        await using var first = new AppFactory { Settings = WithCertificate() };
        var (logged, logs) = CapturedLogs.On(first);
        await first.CreateCoachAsync("keys-coach@example.com");
        var signIn = await logged.CreateClient(new() { AllowAutoRedirect = false }).PostFormAsync("/account/sign-in",
            [new("Form.Email", "keys-coach@example.com"), new("Form.Password", TestAccounts.Password)]);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mr_auth=")).Split(';')[0];

        var keys = await first.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
        Assert.DoesNotContain(logs.All, e => e.MessageTemplate.Text == KeyRing.Unencrypted);

        await using var restart = AppFactory.RestartOf(first);
        await using var restarted = restart.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in WithCertificate())
            {
                builder.UseSetting(key, value);
            }
        });
        var request = new HttpRequestMessage(HttpMethod.Get, "/coach");
        request.Headers.Add("Cookie", cookie);
        var response = await restarted.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false }).SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await KeysAsync(first.Services), await KeysAsync(restarted.Services));
    }

    [Fact]
    public async Task The_vapid_private_key_is_stored_protected()
    {
        await using var app = new AppFactory { Settings = WithCertificate() };

        var keys = await KeysAsync(app.Services);
        var stored = await app.WithDbAsync(db => db.VapidKeys.SingleAsync());

        Assert.Equal(keys.PublicKey, stored.PublicKey);
        Assert.DoesNotContain(keys.PrivateKey, stored.PrivateKey);
        Assert.Equal(keys.PrivateKey, app.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(VapidKeyring.Purpose).Unprotect(stored.PrivateKey));
    }

    [Fact]
    public async Task A_private_key_an_older_version_stored_in_plain_text_is_protected_at_the_next_start()
    {
        await using var first = new AppFactory();
        await first.CreateClient().GetAsync("/healthz");
        var plain = VapidKeys.Generate();
        await first.WithDbAsync(db => db.VapidKeys.ExecuteUpdateAsync(k => k
            .SetProperty(r => r.PublicKey, plain.PublicKey).SetProperty(r => r.PrivateKey, plain.PrivateKey)));

        await using var restarted = AppFactory.RestartOf(first);
        var keys = await KeysAsync(restarted.Services);
        var stored = await restarted.WithDbAsync(db => db.VapidKeys.SingleAsync());

        Assert.Equal(plain, keys);
        Assert.Equal(plain.PublicKey, stored.PublicKey);
        Assert.DoesNotContain(plain.PrivateKey, stored.PrivateKey);
    }

    [Fact]
    public async Task Without_a_certificate_the_app_runs_and_warns_once_at_start()
    {
        await using var app = new AppFactory();
        var (logged, logs) = CapturedLogs.On(app);

        Assert.Equal(HttpStatusCode.OK, (await logged.CreateClient().GetAsync("/")).StatusCode);
        await logged.CreateClient().GetAsync("/routines/pre-run-full");

        var warning = Assert.Single(logs.All, e => e.MessageTemplate.Text == KeyRing.Unencrypted);
        Assert.Equal(LogEventLevel.Warning, warning.Level);
        Assert.Contains("anyone with a copy of it (a backup) can forge a coach's sign-in", warning.RenderMessage());
    }

    [Theory]
    [InlineData(false, "which is not a file")]
    [InlineData(true, "could not be opened with DataProtection:CertificatePassword")]
    public async Task A_certificate_that_cannot_be_opened_stops_the_app_naming_the_setting(bool fileExists, string problem)
    {
        var settings = WithCertificate(password: "not the password");
        if (!fileExists)
        {
            settings["DataProtection:CertificatePath"] = certificatePath + ".missing";
        }
        await using var app = new AppFactory { Settings = settings };

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("DataProtection:CertificatePath", error.Message);
        Assert.Contains(problem, error.Message);
    }

    private static Task<VapidKeys> KeysAsync(IServiceProvider services) => services.GetRequiredService<VapidKeyring>().KeysAsync(CancellationToken.None);
}
