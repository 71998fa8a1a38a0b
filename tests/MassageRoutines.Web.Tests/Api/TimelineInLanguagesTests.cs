using System.Net.Http.Json;
using System.Text.Json;

namespace MassageRoutines.Web.Tests.Api;

/// <summary>
/// The player's timeline says the engine's own cues (getting into position, switching sides, the warm-up
/// check, the pressure reminders) in the language the browser asks for; English stays as it was.
/// </summary>
public class TimelineInLanguagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<List<(string Kind, string[] Cues)>> SegmentsAsync(string url, string language)
    {
        var client = app.AskingFor(language);
        var timeline = await client.GetFromJsonAsync<JsonElement>(url);
        return timeline.GetProperty("segments").EnumerateArray()
            .Select(s => (s.GetProperty("kind").GetString()!, s.GetProperty("cues").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToArray()))
            .ToList();
    }

    private static string FirstCue(List<(string Kind, string[] Cues)> segments, string kind) => segments.First(s => s.Kind == kind).Cues[0];

    [Theory]
    [InlineData("en", "Warm up for at least 10 minutes before you massage (easy jog, butt kicks, jumping jacks, high knees). Warm muscles are safer to work.",
        "Lying on your back.", "Switch to your right side.", "Rest and breathe easy.")]
    [InlineData("es", "Calienta al menos 10 minutos antes del masaje (", "Boca arriba.", "Cambia al lado derecho.", "Descansa y respira con calma.")]
    [InlineData("de", "Wärm dich vor der Massage mindestens 10 Minuten auf (", "In Rückenlage.", "Wechsel auf die rechte Seite.", "Entspann dich und atme ruhig.")]
    public async Task The_engine_s_cues_come_in_the_asked_language(string language, string gate, string position, string switchSides, string rest)
    {
        var segments = await SegmentsAsync("/api/routines/pre-run-full/timeline", language);

        Assert.StartsWith(gate, FirstCue(segments, "gate"));
        Assert.Contains(segments, s => s.Kind == "prepare" && s.Cues[0] == position);
        Assert.Equal(switchSides, FirstCue(segments, "switch-sides"));
        if (segments.Any(s => s.Kind == "rest"))
        {
            Assert.Equal(rest, FirstCue(segments, "rest"));
        }
    }

    [Theory]
    [InlineData("es", "Ahora más suave: baja la presión")]
    [InlineData("de", "Jetzt leichter: Nimm Druck raus")]
    public async Task Continuing_lighter_is_said_in_the_asked_language(string language, string lighter)
    {
        var segments = await SegmentsAsync("/api/routines/post-run-full/timeline?intensity=gentle", language);

        Assert.StartsWith(lighter, FirstCue(segments, "work"));
    }
}
