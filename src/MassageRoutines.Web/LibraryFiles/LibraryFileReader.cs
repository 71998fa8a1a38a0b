using System.Text.Json;
using System.Text.Json.Serialization;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.LibraryFiles;

/// <summary>A problem in a library file, at its JSON path.</summary>
public sealed record FileProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

public sealed record MoveInFile(Move Move, ContentStatus Status);

public sealed record RoutineInFile(Routine Routine, ContentStatus Status);

/// <summary>
/// Reads a library file and checks all of it, collecting every problem with its JSON path rather
/// than stopping at the first; callers write nothing unless <see cref="Problems"/> is empty.
/// </summary>
public sealed class LibraryFileReader
{
    public const int SchemaVersion = 1;

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    private readonly List<FileProblem> problems = [];

    public IReadOnlyList<FileProblem> Problems => problems;

    public LibraryFile? Parse(string json)
    {
        LibraryFile? file;
        try
        {
            file = JsonSerializer.Deserialize<LibraryFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            problems.Add(new(e.Path ?? "$", Describe(e)));
            return null;
        }

        if (file is null)
        {
            problems.Add(new("$", "The file holds null instead of a library."));
        }
        else if (file.SchemaVersion != SchemaVersion)
        {
            problems.Add(new("$.schemaVersion", file.SchemaVersion is null
                ? $"Required: this reader understands schema version {SchemaVersion}."
                : $"Schema version {file.SchemaVersion} is not supported; this reader understands version {SchemaVersion}."));
            return null;
        }
        return file;
    }

    private static string Describe(JsonException e)
    {
        var where = e.LineNumber is long line ? $" (line {line + 1}, column {e.BytePositionInLine + 1})" : "";
        if (e.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return $"Unknown field{where}.";
        }
        if (e.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return $"This value has the wrong type{where}.";
        }
        return $"The JSON is malformed or cut short{where}.";
    }

    public List<MoveInFile> Moves(LibraryFile file)
    {
        var moves = new List<MoveInFile>();
        var slugs = new HashSet<string>();
        foreach (var (entry, i) in (file.Moves ?? []).Select((entry, i) => (entry, i)))
        {
            var path = $"$.moves[{i}]";
            if (entry is null)
            {
                problems.Add(new(path, "A move cannot be null."));
                continue;
            }

            var before = problems.Count;
            var move = new Move
            {
                Slug = entry.Slug ?? "",
                Name = entry.Name ?? "",
                Summary = entry.Summary ?? "",
                Regions = EnumList<BodyRegion>(entry.Regions, $"{path}.regions", "body region"),
                Tools = EnumList<Tool>(entry.Tools ?? [], $"{path}.tools", "tool"),
                Position = EnumValue<Position>(entry.Position, $"{path}.position", "position"),
                Phases = EnumList<Phase>(entry.Phases, $"{path}.phases", "phase"),
                Technique = EnumValue<Technique>(entry.Technique, $"{path}.technique", "technique"),
                Intensity = EnumValue<Intensity>(entry.Intensity, $"{path}.intensity", "intensity"),
                PerSide = entry.PerSide ?? false,
                DefaultSeconds = Required(entry.DefaultSeconds, $"{path}.defaultSeconds"),
                MinSeconds = Required(entry.MinSeconds, $"{path}.minSeconds"),
                MaxSeconds = Required(entry.MaxSeconds, $"{path}.maxSeconds"),
                Steps = Texts(entry.Steps, $"{path}.steps"),
                Cues = Cues(entry.Cues, $"{path}.cues"),
                Cautions = Texts(entry.Cautions ?? [], $"{path}.cautions"),
                Credit = entry.Credit is null ? null : new(entry.Credit.Expert ?? "", entry.Credit.Source ?? ""),
            };
            var status = entry.Status is null ? ContentStatus.Published : EnumValue<ContentStatus>(entry.Status, $"{path}.status", "status");
            AddRuleViolations(path, MoveRules.Check(move), before);
            Unique(slugs, move.Slug, $"{path}.slug", "move");
            if (problems.Count == before)
            {
                moves.Add(new(move, status));
            }
        }
        return moves;
    }

    /// <param name="moves">Moves the routines may use, by slug: this file's and any already in the library.</param>
    public List<RoutineInFile> Routines(LibraryFile file, IReadOnlyDictionary<string, Move> moves)
    {
        var routines = new List<RoutineInFile>();
        var slugs = new HashSet<string>();
        foreach (var (entry, i) in (file.Routines ?? []).Select((entry, i) => (entry, i)))
        {
            var path = $"$.routines[{i}]";
            if (entry is null)
            {
                problems.Add(new(path, "A routine cannot be null."));
                continue;
            }

            var before = problems.Count;
            var phase = EnumValue<Phase>(entry.Phase, $"{path}.phase", "phase");
            var items = new List<(RoutineItem Item, int Index)>();
            foreach (var (itemEntry, j) in (entry.Items ?? []).Select((item, j) => (item, j)))
            {
                var itemPath = $"{path}.items[{j}]";
                if (itemEntry is null)
                {
                    problems.Add(new(itemPath, "A routine item cannot be null."));
                    continue;
                }

                var move = Resolve(moves, itemEntry.Move, $"{itemPath}.move");
                var seconds = itemEntry.Seconds ?? move?.DefaultSeconds ?? 0;
                var sides = itemEntry.Sides is null ? Sides.Both : EnumValue<Sides>(itemEntry.Sides, $"{itemPath}.sides", "side choice");
                if (move is not null)
                {
                    items.Add((new RoutineItem { Move = move, Seconds = seconds, Sides = sides, RestSeconds = itemEntry.RestSeconds ?? 0 }, j));
                }
            }

            var routine = new Routine
            {
                Slug = entry.Slug ?? "",
                Name = entry.Name ?? "",
                Summary = entry.Summary ?? "",
                Phase = phase,
                PrepareSeconds = entry.PrepareSeconds ?? Routine.DefaultPrepareSeconds,
                SwitchSeconds = entry.SwitchSeconds ?? Routine.DefaultSwitchSeconds,
                WarmUpMinutes = entry.WarmUpMinutes ?? 0,
                WarmUpDrills = (entry.WarmUpDrills ?? []).Select((slug, j) => Resolve(moves, slug, $"{path}.warmUpDrills[{j}]"))
                    .OfType<Move>().ToList(),
                Items = items.Select(x => x.Item).ToList(),
            };
            var status = entry.Status is null ? ContentStatus.Published : EnumValue<ContentStatus>(entry.Status, $"{path}.status", "status");

            AddRuleViolations(path, RoutineRules.CheckOutline(routine), before);
            AddRuleViolations(path, RoutineRules.CheckItemCount(entry.Items?.Count ?? 0), before);
            foreach (var (item, index) in items)
            {
                AddRuleViolations(path, RoutineRules.CheckItem(phase, item, index), before);
            }
            Unique(slugs, routine.Slug, $"{path}.slug", "routine");
            if (problems.Count == before)
            {
                routines.Add(new(routine, status));
            }
        }
        return routines;
    }

    /// <summary>Adds what the rules found, except where reading the same field already reported a problem.</summary>
    private void AddRuleViolations(string path, IEnumerable<RuleViolation> violations, int since)
    {
        var reported = problems.Skip(since).Select(p => p.Path).ToHashSet();
        problems.AddRange(violations.Select(v => new FileProblem($"{path}.{v.Field}", v.Message)).Where(p => !reported.Contains(p.Path)));
    }

    private void Unique(HashSet<string> seen, string slug, string path, string what)
    {
        if (slug.Length > 0 && !seen.Add(slug))
        {
            problems.Add(new(path, $"Another {what} in this file already uses the slug '{slug}'."));
        }
    }

    private Move? Resolve(IReadOnlyDictionary<string, Move> moves, string? slug, string path)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            problems.Add(new(path, "Required: the slug of a move."));
            return null;
        }
        if (!moves.TryGetValue(slug, out var move))
        {
            problems.Add(new(path, $"There is no move with the slug '{slug}' in this library."));
        }
        return move;
    }

    private int Required(int? value, string path)
    {
        if (value is null)
        {
            problems.Add(new(path, "Required."));
        }
        return value ?? 0;
    }

    private T EnumValue<T>(string? text, string path, string what) where T : struct, Enum
    {
        if (!Kebab.TryParse<T>(text, what, out var value, out var problem))
        {
            problems.Add(new(path, problem));
        }
        return value;
    }

    private List<T> EnumList<T>(List<string?>? texts, string path, string what) where T : struct, Enum
    {
        if (texts is null)
        {
            problems.Add(new(path, $"Required: a list of {what}s."));
            return [];
        }
        return texts.Select((text, i) => EnumValue<T>(text, $"{path}[{i}]", what)).ToList();
    }

    private List<string> Texts(List<string?>? texts, string path)
    {
        if (texts is null)
        {
            problems.Add(new(path, "Required: a list of texts."));
            return [];
        }
        return texts.Select(text => text ?? "").ToList();
    }

    private List<Cue> Cues(List<CueEntry?>? cues, string path) =>
        (cues ?? []).Select((cue, i) => new Cue(Required(cue?.AtSecond, $"{path}[{i}].atSecond"), cue?.Text ?? "")).ToList();
}
