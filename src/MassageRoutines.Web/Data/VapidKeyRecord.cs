namespace MassageRoutines.Web.Data;

/// <summary>
/// The server's VAPID key pair (RFC 8292), made once on first start and kept, because browsers tie
/// their push subscriptions to its public key. Both halves are P-256 keys in base64url: the public
/// key as an uncompressed point, the private key as its 32-byte scalar, stored protected by Data
/// Protection (Reminders.VapidKeyring), so encrypted whenever the key ring is.
/// </summary>
public sealed class VapidKeyRecord
{
    public const int MaxKeyLength = 100;

    /// <summary>The private key as Data Protection protects it: its payload (about 160 characters) with room to spare.</summary>
    public const int MaxProtectedKeyLength = 1000;

    public int Id { get; set; }
    public required string PublicKey { get; set; }
    public required string PrivateKey { get; set; }
    public DateTime CreatedAt { get; set; }
}
