using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MassageRoutines.Web.Tests.Instances;

/// <summary>
/// The app as a real process of its own (<c>dotnet MassageRoutines.Web.dll</c>, as built beside the
/// tests), on loopback, with the given settings as environment variables.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly string AppDll = Path.Combine(AppContext.BaseDirectory, "MassageRoutines.Web.dll");

    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(string name, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        Name = name;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(AppDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public Uri Address { get; private init; } = new("http://127.0.0.1/");

    /// <summary>What the process printed so far, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts an instance on a free port; <see cref="WaitUntilReadyAsync"/> before use.</summary>
    public static AppProcess Start(string name, IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        return new(name, new Dictionary<string, string>(settings) { ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/') }) { Address = address };
    }

    /// <summary>Runs the app's command line (e.g. create-coach) to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        await using var command = new AppProcess("command", settings, arguments);
        using var timeout = new CancellationTokenSource(Eventually.Deadline * 4);
        await command.process.WaitForExitAsync(timeout.Token);
        return (command.process.ExitCode, command.Output);
    }

    public async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        // Start-up migrates and seeds, or waits for another instance to: allow it time on a busy machine.
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync("/healthz/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }
            if (deadline.Elapsed > Eventually.Deadline * 4)
            {
                throw new InvalidOperationException($"{Name} was not ready after {deadline.Elapsed.TotalSeconds:F0} s:\n{Output}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Ends the process at once with SIGKILL, as a power cut or the OOM killer would: nothing is flushed or finished.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
