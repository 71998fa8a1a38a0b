using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MassageRoutines.Engine;
using MassageRoutines.Web.Tests.Architecture;

namespace MassageRoutines.Web.Tests.Languages;

/// <summary>
/// Every sentence the engine and the app build as a <see cref="Wording"/> has its Spanish and German. A
/// wording's format is the English key of its translation, written as a literal at its
/// <c>new Wording("…")</c>: this test reads those from the source, so a sentence added without its
/// translations fails here instead of showing in English. (<see cref="Wording.Plain"/> says text as it
/// is, and is not a format of its own.)
/// </summary>
public partial class EngineWordsTests
{
    private static readonly string[] Scanned = ["MassageRoutines.Engine", "MassageRoutines.Web"];
    private static readonly string[] NotScanned = ["bin", "obj"];

    /// <summary>Each <c>new Wording(</c>, and what follows it.</summary>
    [GeneratedRegex(@"new\s+Wording\(\s*")]
    private static partial Regex NewWording();

    /// <summary>A regular string literal ("…", with its escapes), the only kind of format this test can read.</summary>
    [GeneratedRegex(@"\G""((?:[^""\\\r\n]|\\.)*)""")]
    private static partial Regex Literal();

    /// <summary>One of <see cref="Labels"/>' constants ("Labels.BoutLength").</summary>
    [GeneratedRegex(@"\GLabels\.(\w+)\s*\)")]
    private static partial Regex LabelsConstant();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Escape();

    private sealed record Found(string Place, string? Format);

    /// <summary>Every <c>new Wording(</c> in the app and the engine: its format, or null when it is not one this test can read.</summary>
    private static List<Found> Wordings()
    {
        var src = Path.Combine(Repository.Root, "src");
        var files = Scanned.SelectMany(project => Directory.EnumerateFiles(Path.Combine(src, project), "*.cs", SearchOption.AllDirectories))
            .Where(file => !Path.GetRelativePath(src, file).Split(Path.DirectorySeparatorChar).Any(NotScanned.Contains));
        var found = new List<Found>();
        foreach (var file in files)
        {
            var code = File.ReadAllText(file);
            foreach (Match wording in NewWording().Matches(code))
            {
                var at = wording.Index + wording.Length;
                var place = $"{Path.GetRelativePath(src, file)}:{code[..wording.Index].Count(c => c == '\n') + 1}";
                found.Add(Literal().Match(code, at) is { Success: true } literal
                    ? new(place, Unescape(literal.Groups[1].Value))
                    : LabelsConstant().Match(code, at) is { Success: true } constant
                        ? new(place, LabelsText(constant.Groups[1].Value))
                        : new(place, null));
            }
        }
        return found;
    }

    private static string Unescape(string literal) =>
        Escape().Replace(literal, escape => escape.Groups[1].Value switch { "n" => "\n", "t" => "\t", var c => c });

    private static string? LabelsText(string name) =>
        typeof(Labels).GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;

    private static HashSet<string> Keys(string language) =>
        [.. XDocument.Load(Path.Combine(Repository.Root, "src", "MassageRoutines.Web", "Languages", $"Words.{language}.resx"))
            .Root!.Elements("data").Select(data => (string)data.Attribute("name")!)];

    [Fact]
    public void Each_wording_is_built_from_a_literal_format()
    {
        var wordings = Wordings();
        var unreadable = wordings.Where(w => w.Format is null).Select(w => w.Place).ToList();

        Assert.True(wordings.Count > 50, $"Only {wordings.Count} wordings were found under {Repository.Root}.");
        Assert.True(unreadable.Count == 0,
            "Build each wording from a literal format (\"{0} runs {1} to {2} seconds.\") with its values apart, not an interpolated or computed string, "
            + $"so its translation can be found:\n{string.Join("\n", unreadable)}");
    }

    [Theory]
    [InlineData("es")]
    [InlineData("de")]
    public void Each_wording_has_its_translation(string language)
    {
        var keys = Keys(language);
        var formats = Wordings().Where(w => w.Format is not null)
            .Append(new("Wording.Plain", Wording.Plain("any text").Format))
            .Concat(Enum.GetValues<BodyRegion>().Select(region => new Found($"Labels.InSentence({region})", Labels.InSentence(region).Format)));

        var missing = formats.Where(f => !keys.Contains(f.Format!)).Select(f => $"{f.Place}: {f.Format}").Distinct().ToList();

        Assert.True(missing.Count == 0, $"Wordings with no {language} translation in Words.{language}.resx:\n{string.Join("\n", missing)}");
    }
}
