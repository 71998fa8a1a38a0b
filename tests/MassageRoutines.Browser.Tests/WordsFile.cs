using System.Xml.Linq;

namespace MassageRoutines.Browser.Tests;

/// <summary>The site's words in one of its languages, read from its words file, to find controls by the names a runner reads.</summary>
internal static class WordsFile
{
    /// <summary>Each English phrase with its translation in <paramref name="language"/> ("es", "de").</summary>
    public static Dictionary<string, string> Read(string language)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "MassageRoutines.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("The repository's root is not above the tests.");
        }
        return XDocument.Load(Path.Combine(folder.FullName, "src", "MassageRoutines.Web", "Languages", $"Words.{language}.resx"))
            .Root!.Elements("data").ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!);
    }
}
