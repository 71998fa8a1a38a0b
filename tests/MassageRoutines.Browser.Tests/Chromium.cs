namespace MassageRoutines.Browser.Tests;

/// <summary>The system's Chromium (Debian package 'chromium'); Playwright's own browser download is not used.</summary>
internal static class Chromium
{
    public static string Path => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Path);

    // Without the networking flags Chromium keeps calling home, which this sandbox refuses.
    public static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];
}

/// <summary>A browser test; skipped, with the reason, where no Chromium is installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled)
        {
            Skip = $"No Chromium at {Chromium.Path}: install the Debian package 'chromium' (scripts/test.sh does) or set CHROMIUM_PATH.";
        }
    }
}

/// <summary>A browser test with cases; skipped, with the reason, where no Chromium is installed.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!Chromium.IsInstalled)
        {
            Skip = $"No Chromium at {Chromium.Path}: install the Debian package 'chromium' (scripts/test.sh does) or set CHROMIUM_PATH.";
        }
    }
}
