using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Libraries;

/// <summary>A problem in a library file, at its JSON path; <see cref="Problem"/> is said in the reader's language, <see cref="Message"/> is its English.</summary>
public sealed record FileProblem(string Path, Wording Problem)
{
    /// <summary>A problem the engine's rules found, worded as they word it.</summary>
    public static FileProblem Of(string path, RuleViolation violation) => new(path, violation.Says);

    public string Message => Problem.ToString();

    public override string ToString() => $"{Path}: {Message}";
}

public sealed record MoveInFile(Move Move, ContentStatus Status);

public sealed record RoutineInFile(Routine Routine, ContentStatus Status);

/// <summary>
/// Reads a library file and checks all of it: each entry against <see cref="LibrarySchema"/> for its
/// shape (<see cref="LibrarySchemaMessages"/> words what is wrong), then the well-formed ones against
/// the rules (<see cref="LibraryFileRules"/>). Every problem is collected with its JSON path rather
/// than stopping at the first; callers write nothing unless <see cref="Problems"/> is empty.
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
            problems.Add(new("$", new Wording("The JSON is malformed or cut short (line {0}, column {1}).", $"{e.LineNumber + 1}", $"{e.BytePositionInLine + 1}")));
            return false;
        }

        if (root.ValueKind == JsonValueKind.Null)
        {
            problems.Add(new("$", new Wording("The file holds null instead of a library.")));
            return false;
        }
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schemaVersion", out var version)
            && version.ValueKind == JsonValueKind.Number && !(version.TryGetInt32(out var number) && number == SchemaVersion))
        {
            problems.Add(new("$.schemaVersion", new Wording("Schema version {0} is not supported; this reader understands version {1}.", version.ToString(), SchemaVersion)));
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
                AddRuleProblems(before, LibraryFileRules.OfMove(move, path));
                Report(LibraryFileRules.DuplicateSlug(slugs, move.Slug, path, "move"));
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
                Translations = read.Translations ?? RoutineText.None,
                Phase = read.Phase,
                PrepareSeconds = read.PrepareSeconds ?? Routine.DefaultPrepareSeconds,
                SwitchSeconds = read.SwitchSeconds ?? Routine.DefaultSwitchSeconds,
                WarmUpMinutes = read.WarmUpMinutes ?? 0,
                WarmUpDrills = (read.WarmUpDrills ?? []).Select((slug, j) => Resolve(moves, slug, $"{path}.warmUpDrills[{j}]")).OfType<Move>().ToList(),
                Items = items.Select(x => x.Item).ToList(),
            };

            AddRuleProblems(before, LibraryFileRules.OfRoutine(routine, read.Items.Count, items, path));
            Report(LibraryFileRules.DuplicateSlug(slugs, routine.Slug, path, "routine"));
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
        Translations = entry.Translations ?? MoveText.None,
    };

    private IEnumerable<(JsonElement Entry, string Path)> Entries(string array) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(array, out var entries) && entries.ValueKind == JsonValueKind.Array
            ? entries.EnumerateArray().Select((entry, i) => (entry, $"$.{array}[{i}]"))
            : [];

    private List<string?> Slugs(string array) =>
        Entries(array).Select(e => e.Entry.ValueKind == JsonValueKind.Object && e.Entry.TryGetProperty("slug", out var slug)
            && slug.ValueKind == JsonValueKind.String ? slug.GetString() : null).ToList();

    /// <summary>The entry as C#, or null (with its problems) when its shape is not the schema's.</summary>
    private T? Read<T>(JsonElement entry, string path, JsonSchema check, JsonObject schema) where T : class
    {
        if (!Check(entry, path, check, schema))
        {
            return null;
        }
        try
        {
            return entry.Deserialize<T>(JsonOptions);
        }
        catch (JsonException e)
        {
            // The schema should have caught it; if a value still cannot be read, it is named like any other problem.
            Report(new(path + (e.Path ?? "$")[1..], LibrarySchemaMessages.OutOfRange));
            return null;
        }
    }

    private bool Check(JsonElement instance, string path, JsonSchema check, JsonObject schema)
    {
        // A number past what a double holds (1e400) cannot be evaluated against the schema at all.
        var unreadable = UnreadableNumbers(instance, path).ToList();
        if (unreadable.Count > 0)
        {
            unreadable.ForEach(Report);
            return false;
        }
        // The fast check first: the full list of errors costs many times more, and most entries have none.
        if (check.Evaluate(instance, FirstError).IsValid)
        {
            return true;
        }
        if (!Listing)
        {
            entryHasUnlistedProblems = true;
            return false;
        }
        foreach (var problem in LibrarySchemaMessages.Of(check.Evaluate(instance, ListErrors), instance, path, schema))
        {
            Report(problem);
        }
        return false;
    }

    private static IEnumerable<FileProblem> UnreadableNumbers(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Number when !element.TryGetDouble(out _) => [new(path, LibrarySchemaMessages.OutOfRange)],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => UnreadableNumbers(p.Value, $"{path}.{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => UnreadableNumbers(e, $"{path}[{i}]")),
        _ => [],
    };

    /// <summary>Reports what the rules found, except where reading the entry already reported a problem at the same path.</summary>
    private void AddRuleProblems(int since, IEnumerable<FileProblem> found)
    {
        var reported = problems.Skip(since).Select(p => p.Path).ToHashSet();
        foreach (var problem in found.Where(p => !reported.Contains(p.Path)))
        {
            Report(problem);
        }
    }

    private void Report(FileProblem? problem)
    {
        if (problem is null)
        {
            return;
        }
        if (Listing)
        {
            problems.Add(problem);
        }
        else
        {
            entryHasUnlistedProblems = true;
        }
    }

    private Move? Resolve(IReadOnlyDictionary<string, Move> moves, string slug, string path)
    {
        Report(LibraryFileRules.UnknownMove(moves, slug, path));
        return moves.GetValueOrDefault(slug);
    }
}
