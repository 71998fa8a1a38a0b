using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Tests.Operations;

/// <summary>
/// Every setting is a property of an options class (a type named *Options with a public const Section),
/// bound and checked at start; the README's settings table lists exactly those, so it cannot drift.
/// </summary>
public partial class SettingsTests
{
    /// <summary>Rows of the table read by the framework or a library, not by an options class of ours.</summary>
    private static readonly string[] NotOurs = ["ASPNETCORE_URLS", "ConnectionStrings:MassageRoutines", "Serilog:MinimumLevel:Default", "Serilog:WriteTo"];

    /// <summary>
    /// Rows whose options classes other branches of issue 17 add. Once they are in, this test fails
    /// until their rows are taken off this list: a row an options class covers may not stand here.
    /// </summary>
    private static readonly string[] Pending = [];

    [Fact]
    public void The_readmes_settings_table_lists_every_options_property_and_nothing_else()
    {
        var rows = ReadmeSettings();
        var properties = OptionsKeys().ToList();

        var notInTheReadme = properties.Except(rows).ToList();
        var noSuchOption = rows.Except(properties).Except(NotOurs).Except(Pending).ToList();
        var pendingNoLonger = Pending.Intersect(properties).ToList();

        Assert.Empty(notInTheReadme);
        Assert.Empty(noSuchOption);
        Assert.Empty(pendingNoLonger);
    }

    [Theory]
    [InlineData("TimeZone", "Mars/Olympus_Mons", "IANA")]
    [InlineData("SignIn:AttemptsPerMinute", "-1", "at least 1")]
    [InlineData("Building:NewRoutinesPerMinute", "0", "at least 1")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.example", "an IP address")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "collector", "absolute address")]
    public async Task A_bad_value_stops_the_app_with_a_message_naming_the_setting(string key, string value, string accepted)
    {
        await using var app = new AppFactory { Settings = { [key] = value } };

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        var setting = Regex.Replace(key, ":[0-9]+$", "");
        Assert.Contains($"{setting} ", error.Message);
        Assert.Contains(accepted, error.Message);
    }

    /// <summary>Each options class's properties as configuration keys, "Section:Property" (or the key its attribute names).</summary>
    private static IEnumerable<string> OptionsKeys() =>
        from type in typeof(Program).Assembly.GetTypes()
        where type.Name.EndsWith("Options", StringComparison.Ordinal)
        let section = type.GetField("Section", BindingFlags.Public | BindingFlags.Static)
        where section is { IsLiteral: true } && section.FieldType == typeof(string)
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.SetMethod is { IsPublic: true }
        let key = property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name
        let prefix = (string)section.GetRawConstantValue()!
        select prefix.Length == 0 ? key : $"{prefix}:{key}";

    /// <summary>The first name in each row of the README's table of settings.</summary>
    private static HashSet<string> ReadmeSettings()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var header = Array.FindIndex(lines, line => line.StartsWith("| setting |", StringComparison.Ordinal));
        Assert.True(header >= 0, "The README has no table that starts '| setting |'.");
        return lines.Skip(header + 2).TakeWhile(line => line.StartsWith('|'))
            .Select(line => FirstCode().Match(line).Groups[1].Value).ToHashSet();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MassageRoutines.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("No MassageRoutines.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("^\\|\\s*`([^`]+)`")]
    private static partial Regex FirstCode();
}
