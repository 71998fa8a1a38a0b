using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace MassageRoutines.Web.Tests.Architecture;

/// <summary>
/// Dependencies between the web project's top-level folders point one way: routes (Pages/, Api/) use
/// features; features use Data/, Operations/, the engine and other features; Data/ and Operations/ use
/// no feature and no route; and no two folders use each other. A folder's namespace is
/// MassageRoutines.Web.&lt;Folder&gt;; the root namespace holds small helpers anyone may use.
/// </summary>
public class DependencyTests
{
    private const string Root = "MassageRoutines.Web";

    private static readonly string[] Routes = ["Pages", "Api"];

    /// <summary>The folders below features: they serve everyone and use no feature.</summary>
    private static readonly string[] Foundations = ["Data", "Operations"];

    private static readonly Types App = Types.InAssembly(typeof(Program).Assembly);

    /// <summary>Every top-level folder, from the namespaces of the web project's types.</summary>
    private static readonly string[] Folders = typeof(Program).Assembly.GetTypes()
        .Select(type => type.Namespace ?? "")
        .Where(name => name.StartsWith($"{Root}.", StringComparison.Ordinal))
        .Select(name => name.Split('.')[2])
        .Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every folder that is neither a route nor a foundation: Accounts, Groups, Sessions and the like.</summary>
    private static readonly string[] Features = [.. Folders.Except(Routes).Except(Foundations)];

    [Fact]
    public void The_folders_are_found_from_the_namespaces()
    {
        Assert.Superset(new HashSet<string>([.. Routes, .. Foundations]), new HashSet<string>(Folders));
        Assert.Superset(new HashSet<string>(["Accounts", "Libraries", "Sessions"]), new HashSet<string>(Features));
    }

    [Fact]
    public void Features_never_use_routes()
    {
        var wrong = Features.SelectMany(feature => Routes.Select(route => Uses(feature, route)))
            .Where(use => use.Types.Count > 0).Select(Describe).ToList();

        Assert.True(wrong.Count == 0, $"A feature uses a route (Pages/ or Api/); move what both need into the feature:\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public void Data_and_Operations_use_no_feature_and_no_route()
    {
        var wrong = Foundations.SelectMany(foundation => Features.Concat(Routes).Select(other => Uses(foundation, other)))
            .Where(use => use.Types.Count > 0).Select(Describe).ToList();

        Assert.True(wrong.Count == 0, $"Data/ or Operations/ uses a feature or a route:\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public void No_two_top_level_folders_use_each_other()
    {
        var cycles = new List<string>();
        foreach (var (first, i) in Folders.Select((folder, i) => (folder, i)))
        {
            foreach (var second in Folders.Skip(i + 1))
            {
                var there = Uses(first, second);
                var back = Uses(second, first);
                if (there.Types.Count > 0 && back.Types.Count > 0)
                {
                    cycles.Add($"{first} <-> {second}\n    {Describe(there)}\n    {Describe(back)}");
                }
            }
        }

        Assert.True(cycles.Count == 0, $"{cycles.Count} pairs of folders use each other:\n{string.Join("\n", cycles)}");
    }

    private sealed record Use(string From, string To, IReadOnlyList<string> Types);

    /// <summary>
    /// The types of one folder (Razor's compiled pages included) that use a type of another; or, when the
    /// compiled code shows none, the files whose using directives name the other folder. A constant is
    /// copied into the code that reads it, so a folder used only for its constants leaves no trace in
    /// the compiled code.
    /// </summary>
    private static Use Uses(string from, string to)
    {
        var types = App.That().ResideInNamespaceMatching(NamespacePattern(from))
            .ShouldNot().HaveDependencyOn($"{Root}.{to}").GetResult().FailingTypeNames ?? [];
        var files = UsingDirectives[(from, to)].Select(file => $"{file} (using)");
        var found = types.Any() ? types.Select(ShortName) : files;
        return new(from, to, [.. found.Distinct().Order(StringComparer.Ordinal)]);
    }

    /// <summary>The source files of the web project by (their folder, a folder a using directive names).</summary>
    private static readonly ILookup<(string From, string To), string> UsingDirectives = SourceUsings();

    private static ILookup<(string From, string To), string> SourceUsings()
    {
        var project = Path.Combine(Repository.Root, "src", "MassageRoutines.Web");
        var namespaceLine = new Regex($@"^namespace {Regex.Escape(Root)}\.(\w+)", RegexOptions.Multiline);
        var usingLine = new Regex($@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?{Regex.Escape(Root)}\.(\w+)", RegexOptions.Multiline);
        return Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(project, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .SelectMany(file =>
            {
                var text = File.ReadAllText(file);
                var from = namespaceLine.Match(text) is { Success: true } match ? match.Groups[1].Value : "";
                return usingLine.Matches(text).Select(use => (From: from, To: use.Groups[1].Value, File: Path.GetRelativePath(project, file)));
            })
            .ToLookup(use => (use.From, use.To), use => use.File);
    }

    private static string NamespacePattern(string folder) => $@"^{Regex.Escape($"{Root}.{folder}")}(\.|$)";

    /// <summary>A type's name without the project's namespace, and a compiler-made nested type as the type it is in.</summary>
    private static string ShortName(string fullName)
    {
        var name = fullName.Split('+', '/')[0];
        return name.StartsWith($"{Root}.", StringComparison.Ordinal) ? name[(Root.Length + 1)..] : name;
    }

    private static string Describe(Use use) => $"{use.From} uses {use.To} in {string.Join(", ", use.Types)}";
}
