using System.Text.RegularExpressions;
using System.Xml.Linq;
using MassageRoutines.Web.Tests.Architecture;

namespace MassageRoutines.Web.Tests.Languages;

/// <summary>Spanish and German hold the same phrases, each with the same placeholders as its English key.</summary>
public partial class WordsTests
{
    private static Dictionary<string, string> Read(string language) =>
        XDocument.Load(Path.Combine(Repository.Root, "src", "MassageRoutines.Web", "Languages", $"Words.{language}.resx"))
            .Root!.Elements("data").ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!);

    [Fact]
    public void Spanish_and_German_have_every_phrase()
    {
        var spanish = Read("es");
        var german = Read("de");

        Assert.Empty(spanish.Keys.Except(german.Keys));
        Assert.Empty(german.Keys.Except(spanish.Keys));
        Assert.True(spanish.Count > 10, "The Spanish file looks empty.");
    }

    [Theory]
    [InlineData("es")]
    [InlineData("de")]
    public void Each_phrase_keeps_its_placeholders_and_has_words(string language)
    {
        var wrong = Read(language)
            .Where(word => string.IsNullOrWhiteSpace(word.Value)
                || !Placeholders(word.Key).SetEquals(Placeholders(word.Value)))
            .Select(word => $"{word.Key} => {word.Value}").ToList();

        Assert.True(wrong.Count == 0, $"Phrases whose {language} text is empty or has other placeholders:\n{string.Join("\n", wrong)}");
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(match => match.Value)];

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
