namespace MassageRoutines.Web.Tests.Architecture;

/// <summary>The repository the tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string folder) =>
        File.Exists(Path.Combine(folder, "MassageRoutines.sln")) ? folder
            : Directory.GetParent(folder) is { } parent ? Find(parent.FullName)
            : throw new InvalidOperationException($"No MassageRoutines.sln above {AppContext.BaseDirectory}.");
}
