using System.Text.Json;
using MassageRoutines.Engine;

namespace MassageRoutines.Web.Data;

/// <summary>How a frozen routine (a published version, a built routine) is kept: the engine's routine, moves included, as JSON.</summary>
public static class RoutineJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { Kebab.JsonConverter },
    };

    public static string Write(Routine routine) => JsonSerializer.Serialize(routine, Options);

    public static Routine Read(string json, string what) =>
        JsonSerializer.Deserialize<Routine>(json, Options) ?? throw new InvalidDataException($"{what} has no definition.");
}
