namespace MassageRoutines.Web.Data;

/// <summary>A value the app keeps for itself in the store, by key (for instance, the time zone the day totals were counted in).</summary>
public sealed class StoreSetting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
