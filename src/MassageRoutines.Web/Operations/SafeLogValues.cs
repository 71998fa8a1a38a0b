using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// Makes every logged value safe to print on a line of its own. Line breaks (and every other control
/// character but tab, and the Unicode line and paragraph separators) are escaped, so a request path
/// such as <c>/kiosk/abc%0A[..INF]..</c> cannot write a forged line; request paths and query strings
/// have their secret tokens redacted (<see cref="SecretTokens"/>). Runs last, after every other enricher.
/// </summary>
public sealed class SafeLogValues : ILogEventEnricher
{
    /// <summary>Properties that hold a request's path or query: ours, Serilog's request log and ASP.NET Core's own.</summary>
    private static readonly string[] Addresses = ["RequestPath", "Path", "QueryString"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var safe = Safe(value, Addresses.Contains(name));
            if (!ReferenceEquals(safe, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, safe));
            }
        }
    }

    /// <summary>The text with its line breaks and other control characters written as \n, \r or \uXXXX.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                _ when NeedsEscape(c) => $"\\u{(int)c:x4}",
                _ => c,
            });
        }
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => (char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029';

    private static LogEventPropertyValue Safe(LogEventPropertyValue value, bool isAddress) => value switch
    {
        ScalarValue { Value: string text } => Changed(value, text, Escape(isAddress ? SecretTokens.RedactUrl(text) : text)),
        // Anything else that is not a number, date or the like is printed through ToString().
        ScalarValue { Value: { } other } when other is not ValueType && other.ToString() is { } text =>
            Changed(value, text, Escape(isAddress ? SecretTokens.RedactUrl(text) : text)),
        SequenceValue sequence => new SequenceValue(sequence.Elements.Select(element => Safe(element, false))),
        StructureValue structure => new StructureValue(
            structure.Properties.Select(property => new LogEventProperty(property.Name, Safe(property.Value, false))), structure.TypeTag),
        DictionaryValue dictionary => new DictionaryValue(dictionary.Elements.Select(pair =>
            new KeyValuePair<ScalarValue, LogEventPropertyValue>((ScalarValue)Safe(pair.Key, false), Safe(pair.Value, false)))),
        _ => value,
    };

    private static LogEventPropertyValue Changed(LogEventPropertyValue value, string text, string safe) =>
        safe == text ? value : new ScalarValue(safe);
}
