using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using MassageRoutines.Web.Data;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Reminders;

/// <summary>A browser's PushSubscription: the endpoint and keys of its toJSON(). Fields are nullable so a missing one is named.</summary>
public sealed class PushSubscriptionRequest
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public string? Endpoint { get; set; }

    public PushSubscriptionKeys? Keys { get; set; }

    /// <summary>The problems by field, said in the request's language (<paramref name="words"/>).</summary>
    public Dictionary<string, string[]> Check(PushHosts hosts, IStringLocalizer<Words> words)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Endpoint))
        {
            errors["endpoint"] = [words["Required: the push service's address for this browser."]];
        }
        else if (Endpoint.Length > PushSubscriptionRecord.MaxEndpointLength
            || !Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri))
        {
            errors["endpoint"] = [words["Must be an https address of a push service, at most {0} characters.", PushSubscriptionRecord.MaxEndpointLength]];
        }
        else if (!hosts.Allows(uri))
        {
            errors["endpoint"] = [words["Must be the address of a browser's push service, on https and port 443 at {0}.", string.Join(", ", hosts.Listed)]];
        }
        if (!IsPublicKey(Keys?.P256dh))
        {
            errors["keys.p256dh"] = [words["Required: the browser's P-256 public key, uncompressed, in base64url."]];
        }
        if (!IsBase64Url(Keys?.Auth, 16))
        {
            errors["keys.auth"] = [words["Required: the 16-byte authentication secret, in base64url."]];
        }
        return errors;
    }

    private static bool IsBase64Url(string? text, int bytes) => Decode(text, bytes) is not null;

    /// <summary>An uncompressed point (0x04, X, Y) on P-256, as the message encryption needs.</summary>
    private static bool IsPublicKey(string? text)
    {
        if (Decode(text, 65) is not [0x04, .. var xy])
        {
            return false;
        }
        try
        {
            using var key = ECDiffieHellman.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = xy[..32], Y = xy[32..] } });
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static byte[]? Decode(string? text, int bytes)
    {
        var decoded = new byte[bytes + 3];
        return text is not null && text.Length <= Base64Url.GetEncodedLength(bytes)
            && Base64Url.TryDecodeFromChars(text, decoded, out var written) && written == bytes
            ? decoded[..bytes]
            : null;
    }
}

public sealed class PushSubscriptionKeys
{
    public string? P256dh { get; set; }
    public string? Auth { get; set; }
}
