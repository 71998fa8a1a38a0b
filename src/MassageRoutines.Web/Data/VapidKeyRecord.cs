namespace MassageRoutines.Web.Data;

/// <summary>
/// The server's VAPID key pair (RFC 8292), made once on first start and kept, because browsers tie
/// their push subscriptions to its public key. Both halves are P-256 keys in base64url: the public
/// key as an uncompressed point, the private key as its 32-byte scalar.
/// </summary>
public sealed class VapidKeyRecord
{
    public const int MaxKeyLength = 100;

    public int Id { get; set; }
    public required string PublicKey { get; set; }
    public required string PrivateKey { get; set; }
    public DateTime CreatedAt { get; set; }
}
