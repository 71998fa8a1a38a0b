namespace MassageRoutines.Engine;

/// <summary>A broken rule, with the field it concerns spelled as in the library's JSON ("steps[2]", "cues[0].atSecond").</summary>
public sealed record RuleViolation(string Field, string Message);

internal sealed class Violations : List<RuleViolation>
{
    public void Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            Add(new(field, message));
        }
    }

    public void Text(string? value, string field, string what, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Check(!required, field, $"{what} is required.");
        }
        else
        {
            Check(value.Length <= maxLength, field, $"{what} must be at most {maxLength} characters (it has {value.Length}).");
        }
    }

    public void Slug(string? slug, string field = "slug")
    {
        Text(slug, field, "Slug", Slugs.MaxLength);
        if (!string.IsNullOrWhiteSpace(slug))
        {
            Check(Slugs.IsValid(slug), field, slug == Slugs.New
                ? $"'{Slugs.New}' is reserved; choose another slug."
                : "Slug must be lowercase letters and digits joined by single hyphens, like 'glute-roll'.");
        }
    }

    public void Range(int value, int min, int max, string field, string what) =>
        Check(value >= min && value <= max, field, $"{what} must be between {min} and {max} (it is {value}).");
}
