using System.Text.RegularExpressions;

namespace MassageRoutines.Web.Tests.Architecture;

/// <summary>
/// Time comes from a clock that tests can pin: the app's injected TimeProvider, and in tests the app's
/// TestClock. A read of the machine's clock makes a test pass or fail by the hour it runs at.
/// </summary>
public partial class ClockRuleTests
{
    private static readonly string[] NotScanned = ["bin", "obj"];

    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(UtcNow|Now|Today)\b")]
    private static partial Regex MachineClock();

    [Fact]
    public void No_code_or_test_reads_the_machines_clock()
    {
        var root = Repository.Root;
        var files = new[] { "src", "tests" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(NotScanned.Contains))
            .ToList();

        var reads = files.SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => MachineClock().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(root, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(files.Count > 100, $"Only {files.Count} files were scanned under {root}.");
        Assert.True(reads.Count == 0,
            $"Take the time from the app's TimeProvider (in tests, the factory's Clock, or a fixed instant), not the machine's clock:\n{string.Join("\n", reads)}");
    }
}
