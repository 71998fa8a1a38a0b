using System.Text.RegularExpressions;

namespace MassageRoutines.Engine;

public static partial class Slugs
{
    public const int MaxLength = 60;

    public static bool IsValid(string slug) => slug.Length <= MaxLength && Pattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
