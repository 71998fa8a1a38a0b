using System.Buffers.Text;
using System.Security.Cryptography;
using Lib.Net.Http.WebPush.Authentication;
using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Reminders;

/// <summary>The server's VAPID key pair in base64url, as browsers (applicationServerKey) and push services take it.</summary>
public sealed record VapidKeys(string PublicKey, string PrivateKey)
{
    public static VapidKeys Generate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(includePrivateParameters: true);
        byte[] point = [0x04, .. parameters.Q.X!, .. parameters.Q.Y!];
        return new(Base64Url.EncodeToString(point), Base64Url.EncodeToString(parameters.D!));
    }
}

/// <summary>
/// The one key pair, made on first start (under the start-up lock, so several instances agree on it)
/// and read once per process after that: a browser's subscription is tied to it for good. The private
/// half is stored through Data Protection, so it is encrypted at rest whenever the key ring is
/// (<c>DataProtection:CertificatePath</c>).
/// </summary>
public sealed class VapidKeyring(IServiceScopeFactory scopes, IOptions<RemindersOptions> options, IDataProtectionProvider protection)
{
    public const string Purpose = "MassageRoutines.Reminders.VapidPrivateKey";

    /// <summary>A P-256 private key in base64url, as versions before Data Protection stored it: 32 bytes, 43 characters.</summary>
    private const int PlainKeyLength = 43;

    private VapidKeys? keys;

    /// <summary>Who runs this server, for push services to contact (the JWT's "sub"): a mailto: or https: address.</summary>
    private string Contact => options.Value.PushContact is { Length: > 0 } contact ? contact : RemindersOptions.DefaultPushContact;

    /// <summary>What signs push requests; dispose of it after use.</summary>
    public async Task<VapidAuthentication> AuthenticationAsync(CancellationToken ct)
    {
        var pair = await KeysAsync(ct);
        return new VapidAuthentication(pair.PublicKey, pair.PrivateKey) { Subject = Contact };
    }

    public async Task<VapidKeys> KeysAsync(CancellationToken ct)
    {
        if (keys is null)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
            var stored = await db.VapidKeys.AsNoTracking().OrderBy(k => k.Id).FirstOrDefaultAsync(ct)
                ?? throw new InvalidOperationException("No VAPID key is stored; the app makes one at start-up.");
            keys = new VapidKeys(stored.PublicKey, Protector(protection).Unprotect(stored.PrivateKey));
        }
        return keys;
    }

    /// <summary>Stores a new key pair unless one is there already; protects a private key stored in plain text by an older version.</summary>
    public static async Task EnsureAsync(MassageDbContext db, IDataProtectionProvider protection, DateTime now, CancellationToken ct)
    {
        // Most restarts find a protected key: a plain command says so (see StartUpReads).
        var storedLength = await db.ScalarAsync("""SELECT length("PrivateKey") FROM "VapidKeys" ORDER BY "Id" LIMIT 1""", ct);
        if (storedLength is not null && Convert.ToInt32(storedLength) != PlainKeyLength)
        {
            return;
        }
        var protector = Protector(protection);
        if (await db.VapidKeys.OrderBy(k => k.Id).FirstOrDefaultAsync(ct) is { } stored)
        {
            if (stored.PrivateKey.Length == PlainKeyLength)
            {
                stored.PrivateKey = protector.Protect(stored.PrivateKey);
                await db.SaveChangesAsync(ct);
            }
            return;
        }
        var generated = VapidKeys.Generate();
        db.VapidKeys.Add(new VapidKeyRecord { PublicKey = generated.PublicKey, PrivateKey = protector.Protect(generated.PrivateKey), CreatedAt = now });
        await db.SaveChangesAsync(ct);
    }

    private static IDataProtector Protector(IDataProtectionProvider protection) => protection.CreateProtector(Purpose);
}
