using System.ComponentModel.DataAnnotations;

namespace MassageRoutines.Web.Data.Providers;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Which database holds the store: <c>Database:Provider</c>, Sqlite (the default) or Postgres.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [RegularExpression("(?i:sqlite|postgres)", ErrorMessage = "Database:Provider accepts Sqlite (one instance, one file) or Postgres.")]
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>
    /// The provider configured. The services a store registers depend on it, so it is read while they
    /// are registered, and a bad value stops the app there with the same message start-up validation gives.
    /// </summary>
    public static DatabaseProvider Read(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.Bind(Section, options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        return Enum.Parse<DatabaseProvider>(options.Provider, ignoreCase: true);
    }
}
