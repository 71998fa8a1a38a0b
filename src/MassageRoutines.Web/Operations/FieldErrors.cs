namespace MassageRoutines.Web.Operations;

/// <summary>Problems found in what a client sent, each under the field it is about, in the order found: a 400's errors, or a form's.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> byField = [];

    public int Count => byField.Count;

    public void Add(string field, string message)
    {
        if (!byField.TryGetValue(field, out var messages))
        {
            byField[field] = messages = [];
        }
        messages.Add(message);
    }

    public bool Has(string field) => byField.ContainsKey(field);

    /// <summary>As problem details and <c>ValidationProblem</c> take them.</summary>
    public Dictionary<string, string[]> ToDictionary() => byField.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
