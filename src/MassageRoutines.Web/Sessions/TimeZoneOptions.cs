using System.ComponentModel.DataAnnotations;
using MassageRoutines.Engine.Reminders;

namespace MassageRoutines.Web.Sessions;

/// <summary>The site's time zone (<see cref="SiteTimeZone"/>): the top-level key <c>TimeZone</c>, so the section is empty.</summary>
public sealed class TimeZoneOptions : IValidatableObject
{
    public const string Section = "";

    /// <summary>An IANA id, e.g. Europe/London; empty means UTC.</summary>
    public string? TimeZone { get; set; }

    public TimeZoneInfo? Zone => WallClock.FindZone(string.IsNullOrEmpty(TimeZone) ? "UTC" : TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Zone is null)
        {
            yield return new($"TimeZone has '{TimeZone}', which is not a time zone this system knows: use an IANA id such as Europe/London.", [nameof(TimeZone)]);
        }
    }
}
