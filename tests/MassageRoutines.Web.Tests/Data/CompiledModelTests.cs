using MassageRoutines.Web.Data;
using MassageRoutines.Web.Data.CompiledModels.Postgres;
using MassageRoutines.Web.Data.CompiledModels.Sqlite;
using MassageRoutines.Web.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MassageRoutines.Web.Tests.Data;

/// <summary>
/// The app starts on a compiled model (Data/CompiledModels), made from the model the contexts build.
/// When the model changes, the compiled one is stale: run scripts/optimize-model.sh.
/// </summary>
public class CompiledModelTests
{
    [Fact]
    public void The_sqlite_compiled_model_matches_the_model_the_context_builds()
    {
        using var db = new SqliteMassageDbContext(new DbContextOptionsBuilder<SqliteMassageDbContext>().UseSqlite("Data Source=:memory:").Options);

        AssertSame(db, SqliteMassageDbContextModel.Instance);
    }

    [Fact]
    public void The_postgres_compiled_model_matches_the_model_the_context_builds()
    {
        using var db = new PostgresMassageDbContext(new DbContextOptionsBuilder<PostgresMassageDbContext>().UseNpgsql("Host=localhost").Options);

        AssertSame(db, PostgresMassageDbContextModel.Instance);
    }

    private static void AssertSame(MassageDbContext db, IModel compiled)
    {
        var built = db.GetService<IDesignTimeModel>().Model;
        var (expected, actual) = (Describe(built), Describe(compiled));

        Assert.True(expected.SequenceEqual(actual), "The compiled model is stale: run scripts/optimize-model.sh.\n" + Difference(expected, actual));
    }

    /// <summary>What the app reads from a model at run time, one line each: entities, their columns with types and conversions, keys, indexes, relationships, filters.</summary>
    private static List<string> Describe(IModel model) =>
        model.GetEntityTypes().OrderBy(e => e.Name).SelectMany(entity => new[]
        {
            $"{entity.Name} table={entity.GetTableName()} view={entity.GetViewName()} base={entity.BaseType?.Name} filter={entity.GetDeclaredQueryFilters().Count}",
        }
        .Concat(entity.GetDeclaredProperties().OrderBy(p => p.Name).Select(p =>
            $"  {p.Name}: {p.ClrType.Name} column={p.GetColumnName()} type={p.GetColumnType()} null={p.IsNullable} max={p.GetMaxLength()} "
            + $"converter={p.GetValueConverter()?.GetType().Name} generated={p.ValueGenerated} concurrency={p.IsConcurrencyToken} default={p.GetDefaultValueSql()}"))
        .Concat(entity.GetDeclaredKeys().Select(k => $"  key {string.Join(",", k.Properties.Select(p => p.Name))} primary={k.IsPrimaryKey()}"))
        .Concat(entity.GetDeclaredIndexes().Select(i => $"  index {i.GetDatabaseName()} {string.Join(",", i.Properties.Select(p => p.Name))} unique={i.IsUnique} filter={i.GetFilter()}"))
        .Concat(entity.GetDeclaredForeignKeys().Select(f => $"  fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} delete={f.DeleteBehavior}"))
        .Concat(entity.GetDeclaredNavigations().Select(n => $"  navigation {n.Name} -> {n.TargetEntityType.Name}")))
        .ToList();

    private static string Difference(List<string> built, List<string> compiled) =>
        string.Join("\n", built.Except(compiled).Select(l => "built:    " + l).Concat(compiled.Except(built).Select(l => "compiled: " + l)).Take(20));
}
