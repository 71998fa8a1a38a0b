using System.Buffers.Text;
using System.Security.Cryptography;
using Lib.Net.Http.WebPush.Authentication;
using MassageRoutines.Web.Data;
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
/// and read once per process after that: a browser's subscription is tied to it for good.
/// </summary>
public sealed class VapidKeyring(IServiceScopeFactory scopes, IOptions<RemindersOptions> options)
{
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
            keys = new VapidKeys(stored.PublicKey, stored.PrivateKey);
        }
        return keys;
    }

    /// <summary>Stores a new key pair unless one is there already.</summary>
    public static async Task EnsureAsync(MassageDbContext db, DateTime now, CancellationToken ct)
    {
        if (await db.VapidKeys.AnyAsync(ct))
        {
            return;
        }
        var generated = VapidKeys.Generate();
        db.VapidKeys.Add(new VapidKeyRecord { PublicKey = generated.PublicKey, PrivateKey = generated.PrivateKey, CreatedAt = now });
        await db.SaveChangesAsync(ct);
    }
}
