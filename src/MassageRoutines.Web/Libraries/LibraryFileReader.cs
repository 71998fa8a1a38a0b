using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Libraries;

/// <summary>A problem in a library file, at its JSON path.</summary>
public sealed record FileProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

public sealed record MoveInFile(Move Move, ContentStatus Status);

public sealed record RoutineInFile(Routine Routine, ContentStatus Status);

/// <summary>
/// Reads a library file and checks all of it: each entry against <see cref="LibrarySchema"/> for its
/// shape, then the well-formed ones against the engine's rules. Every problem is collected with its
/// JSON path rather than stopping at the first; callers write nothing unless <see cref="Problems"/>
/// is empty.
/// </summary>
public sealed class LibraryFileReader
{
    public const int SchemaVersion = 1;

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Converters = { Kebab.JsonConverter },
    };

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    /// <summary>
    /// Problems listed in full. Past this many, the answer (nothing is imported) is certain: the rest of
    /// the file is only checked fast, to count the entries that have problems.
    /// </summary>
    public const int MaxListedProblems = 100;

    private static readonly EvaluationOptions ListErrors = new() { OutputFormat = OutputFormat.List };
    private static readonly EvaluationOptions FirstError = new() { OutputFormat = OutputFormat.Flag };

    private readonly List<FileProblem> problems = [];
    private JsonElement root;
    private bool entryHasUnlistedProblems;

    public IReadOnlyList<FileProblem> Problems => problems;

    /// <summary>Moves and routines with problems beyond the <see cref="MaxListedProblems"/> listed.</summary>
    public int UnlistedEntries { get; private set; }

    public bool HasProblems => problems.Count > 0 || UnlistedEntries > 0;

    private bool Listing => problems.Count < MaxListedProblems;

    /// <summary>The file's name field, once <see cref="Parse"/> succeeded.</summary>
    public string? Name => root.TryGetProperty("name", out var name) ? name.GetString() : null;

    /// <summary>Reads the file's outline; false (with the problems) when it is not a library file at all.</summary>
    public bool Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            problems.Add(new("$", $"The JSON is malformed or cut short (line {e.LineNumber + 1}, column {e.BytePositionInLine + 1})."));
            return false;
        }

        if (root.ValueKind == JsonValueKind.Null)
        {
            problems.Add(new("$", "The file holds null instead of a library."));
            return false;
        }
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schemaVersion", out var version)
            && version.ValueKind == JsonValueKind.Number && !(version.TryGetInt32(out var number) && number == SchemaVersion))
        {
            problems.Add(new("$.schemaVersion", $"Schema version {version} is not supported; this reader understands version {SchemaVersion}."));
            return false;
        }
        var before = problems.Count;
        Check(root, "$", LibrarySchema.OutlineCheck, LibrarySchema.File);
        return problems.Count == before;
    }

    /// <summary>The slugs of the file's moves and routines as written, by index; null where an entry has none.</summary>
    public IReadOnlyList<string?> MoveSlugs => Slugs("moves");
    public IReadOnlyList<string?> RoutineSlugs => Slugs("routines");

    public List<MoveInFile> Moves()
    {
        var moves = new List<MoveInFile>();
        var slugs = new HashSet<string>();
        foreach (var (entry, path) in Entries("moves"))
        {
            var before = StartEntry();
            if (Read<MoveEntry>(entry, path, LibrarySchema.MoveCheck, LibrarySchema.Move) is { } read)
            {
                var move = ToMove(read);
                AddRuleViolations(path, before, MoveRules.Check(move));
                Unique(slugs, move.Slug, $"{path}.slug", "move");
                if (EndEntry(before))
                {
                    moves.Add(new(move, read.Status ?? ContentStatus.Published));
                }
            }
            else
            {
                EndEntry(before);
            }
        }
        return moves;
    }

    /// <param name="moves">Moves the routines may use, by slug: this file's and any already in the library.</param>
    public List<RoutineInFile> Routines(IReadOnlyDictionary<string, Move> moves)
    {
        var routines = new List<RoutineInFile>();
        var slugs = new HashSet<string>();
        foreach (var (entry, path) in Entries("routines"))
        {
            var before = StartEntry();
            if (Read<RoutineEntry>(entry, path, LibrarySchema.RoutineCheck, LibrarySchema.Routine) is not { } read)
            {
                EndEntry(before);
                continue;
            }

            var items = new List<(RoutineItem Item, int Index)>();
            foreach (var (item, j) in read.Items.Select((item, j) => (item, j)))
            {
                if (Resolve(moves, item.Move, $"{path}.items[{j}].move") is { } move)
                {
                    items.Add((new RoutineItem
                    {
                        Move = move,
                        Seconds = item.Seconds ?? move.DefaultSeconds,
                        Sides = item.Sides ?? Sides.Both,
                        RestSeconds = item.RestSeconds ?? 0,
                    }, j));
                }
            }
            var routine = new Routine
            {
                Slug = read.Slug,
                Name = read.Name,
                Summary = read.Summary ?? "",
                Phase = read.Phase,
                PrepareSeconds = read.PrepareSeconds ?? Routine.DefaultPrepareSeconds,
                SwitchSeconds = read.SwitchSeconds ?? Routine.DefaultSwitchSeconds,
                WarmUpMinutes = read.WarmUpMinutes ?? 0,
                WarmUpDrills = (read.WarmUpDrills ?? []).Select((slug, j) => Resolve(moves, slug, $"{path}.warmUpDrills[{j}]")).OfType<Move>().ToList(),
                Items = items.Select(x => x.Item).ToList(),
            };

            AddRuleViolations(path, before, [
                .. RoutineRules.CheckOutline(routine),
                .. RoutineRules.CheckItemCount(read.Items.Count),
                .. items.SelectMany(x => RoutineRules.CheckItem(routine.Phase, x.Item, x.Index)),
            ]);
            Unique(slugs, routine.Slug, $"{path}.slug", "routine");
            if (EndEntry(before))
            {
                routines.Add(new(routine, read.Status ?? ContentStatus.Published));
            }
        }
        return routines;
    }

    private int StartEntry()
    {
        entryHasUnlistedProblems = false;
        return problems.Count;
    }

    /// <summary>True when the entry has no problem, listed or not.</summary>
    private bool EndEntry(int before)
    {
        if (entryHasUnlistedProblems)
        {
            UnlistedEntries++;
        }
        return problems.Count == before && !entryHasUnlistedProblems;
    }

    private void Report(FileProblem problem)
    {
        if (Listing)
        {
            problems.Add(problem);
        }
        else
        {
            entryHasUnlistedProblems = true;
        }
    }

    private static Move ToMove(MoveEntry entry) => new()
    {
        Slug = entry.Slug,
        Name = entry.Name,
        Summary = entry.Summary ?? "",
        Regions = entry.Regions,
        Tools = entry.Tools ?? [],
        Position = entry.Position,
        Phases = entry.Phases,
        Technique = entry.Technique,
        Intensity = entry.Intensity,
        PerSide = entry.PerSide ?? false,
        DefaultSeconds = entry.DefaultSeconds,
        MinSeconds = entry.MinSeconds,
        MaxSeconds = entry.MaxSeconds,
        Steps = entry.Steps,
        Cues = entry.Cues ?? [],
        Cautions = entry.Cautions ?? [],
        Credit = entry.Credit,
    };

    private IEnumerable<(JsonElement Entry, string Path)> Entries(string array) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(array, out var entries) && entries.ValueKind == JsonValueKind.Array
            ? entries.EnumerateArray().Select((entry, i) => (entry, $"$.{array}[{i}]"))
            : [];

    private List<string?> Slugs(string array) =>
        Entries(array).Select(e => e.Entry.ValueKind == JsonValueKind.Object && e.Entry.TryGetProperty("slug", out var slug)
            && slug.ValueKind == JsonValueKind.String ? slug.GetString() : null).ToList();

    /// <summary>The entry as C#, or null (with its problems) when its shape is not the schema's.</summary>
    private T? Read<T>(JsonElement entry, string path, JsonSchema check, JsonObject schema) where T : class =>
        Check(entry, path, check, schema) ? entry.Deserialize<T>(JsonOptions) : null;

    private bool Check(JsonElement instance, string path, JsonSchema check, JsonObject schema)
    {
        var results = check.Evaluate(instance, Listing ? ListErrors : FirstError);
        if (results.IsValid)
        {
            return true;
        }
        if (!Listing)
        {
            entryHasUnlistedProblems = true;
            return false;
        }
        var found = new List<FileProblem>();
        foreach (var unit in results.Details ?? [])
        {
            foreach (var (keyword, message) in unit.Errors ?? new Dictionary<string, string>())
            {
                var segments = unit.InstanceLocation.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries)
                    .Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToList();
                var (at, value) = Locate(instance, path, segments);
                var shape = SchemaAt(schema, segments);
                found.AddRange(keyword switch
                {
                    "required" => Missing(shape, value).Select(name => new FileProblem($"{at}.{name}", "Required.")),
                    "enum" => [new(at, Kebab.Problem(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
                        shape?["title"]?.GetValue<string>() ?? "value", shape?["enum"]?.AsArray().Select(v => v!.GetValue<string>()) ?? []))],
                    "type" => [new(at, $"This value has the wrong type: {Expected(shape?["type"]?.GetValue<string>())}.")],
                    "" when unit.EvaluationPath.ToString().Contains("additionalProperties", StringComparison.Ordinal) => [new(at, "Unknown field.")],
                    _ => [new(at, message)],
                });
            }
        }
        // The schema's order is its own; the file's fields in order of their paths read better.
        foreach (var problem in found.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            Report(problem);
        }
        return false;
    }

    /// <summary>The JSON path ("$.moves[1].regions[0]") and value at a JSON Pointer's segments below an element.</summary>
    private static (string Path, JsonElement Value) Locate(JsonElement element, string path, List<string> segments)
    {
        var at = new StringBuilder(path);
        foreach (var segment in segments)
        {
            if (element.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index))
            {
                at.Append('[').Append(index).Append(']');
                element = element[index];
            }
            else
            {
                at.Append('.').Append(segment);
                element = element.TryGetProperty(segment, out var child) ? child : default;
            }
        }
        return (at.ToString(), element);
    }

    /// <summary>The part of the schema that describes the value at the segments (entries have no references).</summary>
    private static JsonObject? SchemaAt(JsonObject schema, List<string> segments)
    {
        JsonNode? node = schema;
        foreach (var segment in segments)
        {
            node = node?["type"]?.GetValue<string>() == "array" ? node["items"] : node?["properties"]?[segment];
        }
        return node as JsonObject;
    }

    private static IEnumerable<string> Missing(JsonObject? shape, JsonElement value) =>
        (shape?["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
            .Where(name => value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out _));

    private static string Expected(string? type) => type switch
    {
        "integer" => "expected a whole number",
        "string" => "expected text",
        "boolean" => "expected true or false",
        "array" => "expected a list",
        "object" => "expected an object",
        _ => "not what this field takes",
    };

    /// <summary>Adds what the rules found, except where reading the entry already reported a problem at the same field.</summary>
    private void AddRuleViolations(string path, int since, IEnumerable<RuleViolation> violations)
    {
        var reported = problems.Skip(since).Select(p => p.Path).ToHashSet();
        foreach (var problem in violations.Select(v => new FileProblem($"{path}.{v.Field}", v.Message)).Where(p => !reported.Contains(p.Path)))
        {
            Report(problem);
        }
    }

    private void Unique(HashSet<string> seen, string slug, string path, string what)
    {
        if (slug.Length > 0 && !seen.Add(slug))
        {
            Report(new(path, $"Another {what} in this file already uses the slug '{slug}'."));
        }
    }

    private Move? Resolve(IReadOnlyDictionary<string, Move> moves, string slug, string path)
    {
        if (!moves.TryGetValue(slug, out var move))
        {
            Report(new(path, $"There is no move with the slug '{slug}' in this library."));
        }
        return move;
    }
}
