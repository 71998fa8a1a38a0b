using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>
/// The wrong values <see cref="HostileInputTests"/> sends, each family under the name its test case
/// carries. Add a value or a family here and every form, API body and query key gets it.
/// </summary>
internal static class HostileValues
{
    private static readonly string Long = new('x', 100 * 1024);

    /// <summary>Sent in place of one field at a time. "\uD800" is a lone surrogate: it reaches the server as bytes that are not UTF-8.</summary>
    public static readonly Dictionary<string, string> Values = new()
    {
        ["on"] = "on",
        ["1e400"] = "1e400",
        ["-0"] = "-0",
        ["[]"] = "[]",
        ["empty"] = "",
        ["100 KB"] = Long,
        ["NUL"] = "\0",
        ["lone surrogate"] = "\uD800",
        ["4294967296"] = "4294967296",
    };

    /// <summary>Whole numbers beyond what a 32-bit field holds, written as JSON numbers.</summary>
    public static readonly string[] OutOfRangeNumbers = ["2147483648", "4294967296", "-2147483649", "1e30", "1e400"];

    /// <summary>Sent as a whole route value (a slug, a token, an id): only whitespace or control characters.</summary>
    public static readonly Dictionary<string, string> RouteValues = new()
    {
        ["tab"] = "\t",
        ["space"] = " ",
        ["no-break space"] = "\u00A0",
        ["line and paragraph separators"] = "\u2028\u2029",
        ["CR"] = "\r",
        ["LF"] = "\n",
        ["next line (NEL)"] = "\u0085",
        // No NUL: the in-memory test server refuses to send a path with one (Kestrel answers it 400).
        ["other control characters"] = "\u0001\u001F\u007F",
        ["spaces and tabs"] = " \t \t",
    };

    /// <summary>Sent as the only value in an API body, at one field's place.</summary>
    public static readonly Dictionary<string, string> JsonValues = new()
    {
        ["string on"] = "\"on\"",
        ["1e400"] = "1e400",
        ["-0"] = "-0",
        ["[]"] = "[]",
        ["{}"] = "{}",
        ["empty string"] = "\"\"",
        ["100 KB string"] = $"\"{Long}\"",
        ["NUL"] = "\"\\u0000\"",
        ["lone surrogate"] = "\"\\ud800\"",
        ["null"] = "null",
        ["true"] = "true",
        ["1.5"] = "1.5",
        ["2147483648"] = "2147483648",
        ["4294967296"] = "4294967296",
        ["-2147483649"] = "-2147483649",
        ["1e30"] = "1e30",
    };

    /// <summary>The form field sent twice: the page's own value, then "on".</summary>
    public const string SentTwice = "sent twice";

    /// <summary>For a list of rows: an index that is not a number, out of range or negative.</summary>
    public const string OddRowIndexes = "odd row indexes";

    /// <summary>The families of hostile forms: one per value in <see cref="Values"/>, then the others.</summary>
    public static IEnumerable<string> FormFamilies => [.. Values.Keys, SentTwice, OddRowIndexes];

    /// <summary>The page's form with one field made hostile in the way <paramref name="family"/> names; none if the family does not fit the field.</summary>
    public static IEnumerable<string> FormBodies(string family, Field field, List<KeyValuePair<string, string>> baseFields, string token)
    {
        var others = baseFields.Where(f => f.Key != field.Key && f.Key != Forms.TokenField).ToList();
        string Body(IEnumerable<KeyValuePair<string, string>> fields) =>
            string.Join("&", fields.Append(new(Forms.TokenField, token)).Select(f => $"{Encode(f.Key)}={Encode(f.Value)}"));

        if (field.IsCollectionOfRows)
        {
            if (family != OddRowIndexes)
            {
                return [];
            }
            var rows = others.Where(f => !f.Key.StartsWith(field.Key, StringComparison.Ordinal)).ToList();
            return
            [
                Body(rows.Append(new($"{field.Key}.index", "a"))),
                Body(others.Append(new($"{field.Key}.index", "a"))),
                Body(rows.Append(new($"{field.Key}[999999].Move", "x"))),
                Body(rows.Append(new($"{field.Key}[-1].Move", "x"))),
                Body(rows.Append(new($"{field.Key}[a].Move", "x")).Append(new($"{field.Key}.index", "a"))),
            ];
        }
        return family switch
        {
            OddRowIndexes => [],
            SentTwice => [Body(others.Append(new(field.Key, baseFields.FirstOrDefault(f => f.Key == field.Key).Value ?? "")).Append(new(field.Key, "on")))],
            _ => [Body(others.Append(new(field.Key, Values[family])))],
        };
    }

    /// <summary>A JSON body holding only the value at the path.</summary>
    public static string JsonAt(string path, string value)
    {
        var parts = path.Split('.');
        var json = value;
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            var part = parts[i];
            json = part.EndsWith("[0]", StringComparison.Ordinal) ? $"{{\"{part[..^3]}\":[{json}]}}" : $"{{\"{part}\":{json}}}";
        }
        // The innermost list element of a scalar list is written as its own value.
        return json;
    }

    /// <summary>A small library file that imports cleanly, with a cue and a routine item, so every whole number of the schema has a place in it.</summary>
    public const string ValidLibraryFile = """
        {
          "schemaVersion": 1,
          "moves": [{ "slug": "hostile-calf-roll", "name": "Calf roll", "regions": ["calves"], "tools": ["foam-roller"], "position": "seated",
            "phases": ["post-run"], "technique": "broad", "intensity": "moderate", "perSide": true,
            "defaultSeconds": 60, "minSeconds": 30, "maxSeconds": 120, "steps": ["Roll the calf."], "cues": [{ "atSecond": 0, "text": "Go." }],
            "translations": { "es": { "name": "Rodillo de pantorrilla", "steps": ["Rueda la pantorrilla."], "cues": [{ "atSecond": 0, "text": "Vamos." }] },
              "de": { "name": "Wadenrolle", "steps": ["Roll die Wade."], "cues": [{ "atSecond": 0, "text": "Los." }] } } }],
          "routines": [{ "slug": "hostile-calves", "name": "Calves", "phase": "post-run", "prepareSeconds": 10, "switchSeconds": 5, "warmUpMinutes": 0,
            "items": [{ "move": "hostile-calf-roll", "seconds": 60, "restSeconds": 0 }] }]
        }
        """;

    /// <summary>The valid library file with the JSON number <paramref name="number"/> written at <paramref name="path"/> ("$.moves[0].cues[0].atSecond").</summary>
    public static string LibraryFileWith(string path, string number)
    {
        const string Placeholder = "@@hostile-number@@";
        var node = JsonNode.Parse(ValidLibraryFile)!;
        var parts = path["$.".Length..].Split('.');
        foreach (var part in parts[..^1])
        {
            node = part.EndsWith("[0]", StringComparison.Ordinal) ? node[part[..^3]]![0]! : node[part]!;
        }
        node[parts[^1]] = Placeholder;
        return node.Root.ToJsonString().Replace($"\"{Placeholder}\"", number, StringComparison.Ordinal);
    }

    /// <summary>Whether the hostile value in the body is one the field's type cannot take (so binding must say so).</summary>
    public static bool CannotBind(Field field, string body)
    {
        var values = body.Split('&').Where(p => p.StartsWith($"{Encode(field.Key)}=", StringComparison.Ordinal))
            .Select(p => Uri.UnescapeDataString(p[(Encode(field.Key).Length + 1)..])).ToList();
        if (values.Count != 1)
        {
            return false;
        }
        var value = values[0].Trim();
        var type = Nullable.GetUnderlyingType(field.Type) ?? field.Type;
        var nullable = Nullable.GetUnderlyingType(field.Type) is not null;
        if (value.Length == 0)
        {
            return !nullable && type.IsValueType && type != typeof(bool);
        }
        return type == typeof(bool) ? value.ToLowerInvariant() is not ("true" or "false" or "on")
            : type == typeof(int) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>Whether a JSON value is one a property of the type can take.</summary>
    public static bool Fits(string json, Type type)
    {
        var node = JsonNode.Parse(json);
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return node switch
        {
            null => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => target == typeof(string),
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => target == typeof(int) && int.TryParse(json, out _),
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => target == typeof(bool),
            JsonArray => target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>),
            _ => target.IsClass && target != typeof(string),
        };
    }

    /// <summary>Form encoding, byte by byte, so a lone surrogate goes as the bytes it would be (not UTF-8), as a hostile client can send.</summary>
    public static string Encode(string text)
    {
        var bytes = new List<byte>();
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                bytes.AddRange([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }
        return string.Concat(bytes.Select(b => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' ? ((char)b).ToString() : $"%{b:X2}"));
    }

    public static string Shorten(string value) => value.Length <= 20 ? value : $"{value[..20]}… ({value.Length} chars)";
}
