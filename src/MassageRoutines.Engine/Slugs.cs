using System.Text.RegularExpressions;

namespace MassageRoutines.Engine;

public static partial class Slugs
{
    public const int MaxLength = 60;

    /// <summary>Not a slug: editor addresses use it for "not made yet" (/moves/new).</summary>
    public const string New = "new";

    public static bool IsValid(string slug) => slug.Length <= MaxLength && slug != New && Pattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
