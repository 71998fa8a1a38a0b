using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// The shape of a library file as a JSON Schema (2020-12), served at <see cref="Url"/>. It is built
/// here from the engine's own values and limits, so it cannot drift from them: enum values are the
/// kebab-case names, and the descriptions quote the engine's constants. The schema checks shape
/// (types, required fields, known fields and values); the engine's rules check the rest.
/// </summary>
public static class LibrarySchema
{
    public const string Url = "/schemas/library.json";
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static JsonObject Move { get; } = MoveSchema();
    public static JsonObject Routine { get; } = RoutineSchema();
    public static JsonObject File { get; } = FileSchema();

    /// <summary>The whole schema as served.</summary>
    public static string Text { get; } = File.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>The file without its entries (they are checked one by one, so a bad one costs only itself), a move, and a routine.</summary>
    public static JsonSchema OutlineCheck { get; } = Build(Outline());
    public static JsonSchema MoveCheck { get; } = Build(Move);
    public static JsonSchema RoutineCheck { get; } = Build(Routine);

    private static JsonObject FileSchema()
    {
        var file = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = Url,
            ["title"] = "MassageRoutines library file",
        };
        foreach (var (name, value) in Outline())
        {
            file[name] = value?.DeepClone();
        }
        ((JsonObject)file["properties"]!["moves"]!)["items"] = new JsonObject { ["$ref"] = "#/$defs/move" };
        ((JsonObject)file["properties"]!["routines"]!)["items"] = new JsonObject { ["$ref"] = "#/$defs/routine" };
        file["$defs"] = new JsonObject { ["move"] = Move.DeepClone(), ["routine"] = Routine.DeepClone() };
        return file;
    }

    private static JsonObject Outline() => Object(
        "A library of moves and routines: the seeds/ files, and the import and export format. Comments (//) and trailing commas are allowed.",
        required: ["schemaVersion"],
        ("$schema", Schema("string", $"This schema's address (http://your-site{Url}), for editors that check a file as you type.")),
        ("schemaVersion", Schema("integer", $"Always {LibraryFileReader.SchemaVersion}.")),
        ("name", Schema("string", "The library's name (export files).")),
        ("moves", Schema("array", "Moves.")),
        ("routines", Schema("array", "Routines; they may use moves of this file or already in the library.")));

    private static JsonObject MoveSchema() => Object(
        "A self-massage move or warm-up drill.",
        required: ["slug", "name", "regions", "position", "phases", "technique", "intensity", "defaultSeconds", "minSeconds", "maxSeconds", "steps"],
        ("slug", Schema("string", $"Lowercase letters and digits joined by single hyphens, at most {Slugs.MaxLength} characters; unique across the site.")),
        ("name", Schema("string", $"At most {MoveRules.MaxNameLength} characters.")),
        ("summary", Schema("string", $"At most {MoveRules.MaxSummaryLength} characters.")),
        ("regions", ArrayOf(Choices<BodyRegion>(), "At least one, no repeats. The first is the primary region: it sets the move's place in a pre-run routine (low back and hips, then IT band and quads, then glutes and hip rotators).")),
        ("tools", ArrayOf(Choices<Tool>(), "The gear it can be done with, any one of them; empty when body weight is enough.")),
        ("position", Choices<Position>()),
        ("phases", ArrayOf(Choices<Phase>(), "At least one: when the move is meant to be played.")),
        ("technique", Choices<Technique>("drill: warm-up and movement drills; broad: broad strokes; point: point-specific. After a run, broad work on a region comes before point work on it.")),
        ("intensity", Choices<Intensity>($"Before a run the player caps it at {Kebab.Of(TimelineBuilder.PreRunIntensityCap)}.")),
        ("perSide", Schema("boolean", "Played left, then right, with a switch between.")),
        ("defaultSeconds", Schema("integer", $"{MoveRules.ShortestSeconds} to {MoveRules.LongestSeconds}, between minSeconds and maxSeconds; per side for a per-side move.")),
        ("minSeconds", Schema("integer", "The shortest it may be played when a routine is fitted to a length.")),
        ("maxSeconds", Schema("integer", "The longest it may be played when a routine is fitted to a length.")),
        ("steps", ArrayOf(Schema("string"), $"1 to {MoveRules.MaxSteps} steps, each at most {MoveRules.MaxStepLength} characters.")),
        ("cues", ArrayOf(Object("A prompt at a moment of the move.", required: ["atSecond", "text"],
            ("atSecond", Schema("integer", "From 0 to below defaultSeconds; cues are spaced out to the length played.")),
            ("text", Schema("string", $"At most {MoveRules.MaxCueLength} characters."))), $"At most {MoveRules.MaxCues}.")),
        ("cautions", ArrayOf(Schema("string"), $"At most {MoveRules.MaxCautions}, each at most {MoveRules.MaxCautionLength} characters.")),
        ("credit", Object("Who the facts come from, and where they said it.", required: ["expert", "source"],
            ("expert", Schema("string")), ("source", Schema("string")))),
        ("translations", Translations(Object("The move's text in this language, written in your own words, not machine-translated.",
            required: ["name", "steps"],
            ("name", Schema("string", $"At most {MoveRules.MaxNameLength} characters.")),
            ("summary", Schema("string", $"At most {MoveRules.MaxSummaryLength} characters.")),
            ("steps", ArrayOf(Schema("string"), $"As many as the move's steps, in the same order, each at most {MoveRules.MaxStepLength} characters.")),
            ("cues", ArrayOf(Object("A cue of the move, in this language.", required: ["atSecond", "text"],
                ("atSecond", Schema("integer", "The same second as the move's cue in the same place.")),
                ("text", Schema("string", $"At most {MoveRules.MaxCueLength} characters."))), "As many as the move's cues, at the same seconds.")),
            ("cautions", ArrayOf(Schema("string"), $"As many as the move's cautions, in the same order, each at most {MoveRules.MaxCautionLength} characters."))))),
        ("status", Choices<ContentStatus>("Default: published.")));

    private static JsonObject RoutineSchema() => Object(
        "An ordered set of moves for one phase of a runner's day.",
        required: ["slug", "name", "phase", "items"],
        ("slug", Schema("string", "As for moves.")),
        ("name", Schema("string", $"At most {MoveRules.MaxNameLength} characters.")),
        ("summary", Schema("string", $"At most {MoveRules.MaxSummaryLength} characters.")),
        ("phase", Choices<Phase>()),
        ("prepareSeconds", Schema("integer", $"0 to {RoutineRules.MaxPrepareSeconds} (default {Engine.Routine.DefaultPrepareSeconds}): time to get into position before each move.")),
        ("switchSeconds", Schema("integer", $"0 to {RoutineRules.MaxSwitchSeconds} (default {Engine.Routine.DefaultSwitchSeconds}): time to change sides in a per-side move.")),
        ("warmUpMinutes", Schema("integer", $"Pre-run: {TimelineBuilder.MinimumWarmUpMinutes} to {RoutineRules.MaxWarmUpMinutes}; other phases: 0.")),
        ("warmUpDrills", ArrayOf(Schema("string"), "Pre-run only: slugs of drill moves, played in order when the runner picks a timed warm-up.")),
        ("items", ArrayOf(Object("A move of the routine.", required: ["move"],
            ("move", Schema("string", "A move's slug.")),
            ("seconds", Schema("integer", "Per side for a per-side move; default: the move's defaultSeconds; within its minSeconds and maxSeconds.")),
            ("sides", Choices<Sides>("Default: both; left or right only for per-side moves.")),
            ("restSeconds", Schema("integer", $"0 to {RoutineRules.MaxRestSeconds}: a rest after the move."))),
            $"1 to {RoutineRules.MaxItems}. Drills belong under warmUpDrills, except in a break routine, which is made of drills.")),
        ("translations", Translations(Object("The routine's name and summary in this language.", required: ["name"],
            ("name", Schema("string", $"At most {MoveRules.MaxNameLength} characters.")),
            ("summary", Schema("string", $"At most {MoveRules.MaxSummaryLength} characters."))))),
        ("status", Choices<ContentStatus>("Default: published.")));

    /// <summary>The text in other languages than the default (English, the entry's own fields): one object per language, by its code.</summary>
    private static JsonObject Translations(JsonObject text) => Object(
        $"The text in other languages, by language code: {string.Join(", ", LibraryLanguages.Translations)}. The entry's own fields are the default text ({TextLanguage.Default}), shown where a language has none.",
        required: [],
        [.. LibraryLanguages.Translations.Select(language => (language, (JsonObject)text.DeepClone()))]);

    private static JsonObject Object(string description, string[] required, params (string Name, JsonObject Schema)[] properties) => new()
    {
        ["type"] = "object",
        ["description"] = description,
        ["additionalProperties"] = false,
        ["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]),
        ["properties"] = new JsonObject(properties.Select(p => KeyValuePair.Create(p.Name, (JsonNode?)p.Schema))),
    };

    private static JsonObject Schema(string type, string? description = null)
    {
        var schema = new JsonObject { ["type"] = type };
        if (description is not null)
        {
            schema["description"] = description;
        }
        if (type == "integer")
        {
            // What the reader can hold: a whole number past these passes "integer" but cannot be read.
            schema["minimum"] = int.MinValue;
            schema["maximum"] = int.MaxValue;
        }
        return schema;
    }

    private static JsonObject ArrayOf(JsonObject items, string description) => new()
    {
        ["type"] = "array",
        ["description"] = description,
        ["items"] = items,
    };

    private static JsonObject Choices<T>(string? description = null) where T : struct, Enum
    {
        var schema = new JsonObject
        {
            ["title"] = Kebab.What<T>(),
            ["enum"] = new JsonArray([.. Kebab.All<T>().Select(v => (JsonNode)v)]),
        };
        if (description is not null)
        {
            schema["description"] = description;
        }
        return schema;
    }

    private static JsonSchema Build(JsonObject schema)
    {
        var copy = schema.DeepClone().AsObject();
        copy["$schema"] = Draft;
        return JsonSchema.Build(JsonSerializer.SerializeToElement(copy));
    }
}
