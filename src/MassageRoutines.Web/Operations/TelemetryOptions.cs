using System.ComponentModel.DataAnnotations;

namespace MassageRoutines.Web.Operations;

/// <summary>Where telemetry goes (<see cref="TelemetrySetup"/>).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serve metrics at /metrics for a Prometheus scraper.</summary>
    public bool Prometheus { get; set; }
}

/// <summary>
/// The OTLP collector, under the variable OpenTelemetry's own exporter reads (it reads the other
/// <c>OTEL_EXPORTER_OTLP_*</c> variables itself); a top-level key, so the section is empty.
/// </summary>
public sealed class OtlpOptions : IValidatableObject
{
    public const string Section = "";

    [ConfigurationKeyName("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public string? Endpoint { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Enabled && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
        {
            yield return new($"OTEL_EXPORTER_OTLP_ENDPOINT has '{Endpoint}', which is not an absolute address such as http://collector:4317.", [nameof(Endpoint)]);
        }
    }
}
