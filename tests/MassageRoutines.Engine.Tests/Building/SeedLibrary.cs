using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MassageRoutines.Engine.Tests.Building;

/// <summary>The published moves of the seeded library, read from seeds/moves.json.</summary>
internal static class SeedLibrary
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static readonly IReadOnlyList<Move> Moves = Load();

    public static Move Get(string slug) => Moves.Single(move => move.Slug == slug);

    private static List<Move> Load()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "moves.json"));
        var file = JsonNode.Parse(text, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        return file["moves"]!.AsArray()
            .Where(move => (string?)move!["status"] is null or "published")
            .Select(move => move.Deserialize<Move>(Json)!)
            .ToList();
    }
}
