using System.ComponentModel.DataAnnotations;

namespace MassageRoutines.Web.Operations;

/// <summary>How log lines are written to the console (<see cref="LoggingSetup"/>).</summary>
public sealed class LoggingOptions
{
    public const string Section = "Logging";

    /// <summary>Text, one readable line per event; or Json, Serilog's compact JSON (one object per line) for log collectors.</summary>
    [RegularExpression("(?i)^(Text|Json)$", ErrorMessage = "Logging:Format must be Text or Json.")]
    public string Format { get; set; } = "Text";

    public bool IsJson => string.Equals(Format, "Json", StringComparison.OrdinalIgnoreCase);
}
