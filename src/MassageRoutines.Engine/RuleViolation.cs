namespace MassageRoutines.Engine;

/// <summary>A broken rule, with the field it concerns spelled as in the library's JSON ("steps[2]", "cues[0].atSecond").</summary>
public sealed record RuleViolation(string Field, Wording Says)
{
    /// <summary>What it says, in English.</summary>
    public string Message => Says.ToString();
}

internal sealed class Violations : List<RuleViolation>
{
    public void Check(bool ok, string field, Wording message)
    {
        if (!ok)
        {
            Add(new(field, message));
        }
    }

    public void Text(string? value, string field, Wording what, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Check(!required, field, new Wording("{0} is required.", what));
        }
        else
        {
            Check(value.Length <= maxLength, field, new Wording("{0} must be at most {1} characters (it has {2}).", what, maxLength, value.Length));
        }
    }

    public void Slug(string? slug, string field = "slug")
    {
        Text(slug, field, new Wording("Slug"), Slugs.MaxLength);
        if (!string.IsNullOrWhiteSpace(slug))
        {
            Check(Slugs.IsValid(slug), field, slug == Slugs.New
                ? new Wording("'{0}' is reserved; choose another slug.", Slugs.New)
                : new Wording("Slug must be lowercase letters and digits joined by single hyphens, like 'glute-roll'."));
        }
    }

    public void Range(int value, int min, int max, string field, Wording what) =>
        Check(value >= min && value <= max, field, new Wording("{0} must be between {1} and {2} (it is {3}).", what, min, max, value));
}
