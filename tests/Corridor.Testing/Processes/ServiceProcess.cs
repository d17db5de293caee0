using System.Diagnostics;
using System.Globalization;
using Corridor.TestKit;

namespace Corridor.Testing.Processes;

/// <summary>
/// One built service host (<c>services/X.Host/bin/Release/net10.0</c>) run as a real OS process on its own
/// loopback ports and SQLite file; it can be SIGKILLed and started again on the same ports and data.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);
    private readonly string _hostName;
    private readonly Dictionary<string, string> _environment;
    private Process? _process;

    public ServiceProcess(string name, string hostName, string dataDirectory, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        _hostName = hostName;
        DatabasePath = Path.Combine(dataDirectory, name + ".db");
        LogPath = Path.Combine(dataDirectory, name + ".log");
        RestAddress = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        GrpcAddress = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        _environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Kestrel__Endpoints__Rest__Url"] = RestAddress.ToString(),
            ["Kestrel__Endpoints__Grpc__Url"] = GrpcAddress.ToString(),
            ["Database__Provider"] = "Sqlite",
            ["Database__ConnectionString"] = $"Data Source={DatabasePath}",
            ["Logging__LogLevel__Default"] = "Warning",
            // The inbox logs each suppressed duplicate at Information: the run counts those lines.
            ["Logging__LogLevel__Corridor"] = "Information",
        };
        foreach (var (key, value) in settings)
        {
            _environment[key] = value;
        }
    }

    public string Name { get; }

    public string DatabasePath { get; }

    public string LogPath { get; }

    public Uri RestAddress { get; }

    public Uri GrpcAddress { get; }

    /// <summary>The running process's id (the service itself: bash execs into it).</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException($"{Name} has not been started");

    public string Dll => Path.Combine(RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Corridor.sln not found above the test binaries"), "services", _hostName, "bin", "Release", "net10.0", $"Corridor.{_hostName}.dll");

    /// <summary>Starts the process and waits (bounded) until /health/ready answers 200.</summary>
    public async Task StartAsync()
    {
        if (!File.Exists(Dll))
        {
            throw new InvalidOperationException($"{Dll} is missing: build it first (dotnet build tests/Corridor.SystemTests -c Release builds it).");
        }

        // Through bash's exec the pid stays the service's own, and its output goes to a file nobody must drain.
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(Dll)! };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" >>\"$1\" 2>&1 </dev/null");
        start.ArgumentList.Add(Dll);
        start.ArgumentList.Add(LogPath);
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _process?.Dispose();
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start");
        await WaitUntilReadyAsync(failIfExited: true);
    }

    /// <summary>Waits (bounded) until /health/ready answers 200, e.g. while a killed process is being restarted.</summary>
    public async Task WaitUntilReadyAsync(bool failIfExited = false)
    {
        using var http = new HttpClient { BaseAddress = RestAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.TrueAsync(() => IsReadyAsync(http, failIfExited), ReadyTimeout, $"{Name} did not become ready (log: {LogPath})");
    }

    /// <summary>SIGKILL: no shutdown hook, no flush, as a crashed machine.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
        }
    }

    /// <summary>SIGSTOP: the process keeps its sockets open (the kernel still accepts connections) but answers nothing, as a hung peer.</summary>
    public Task SuspendAsync() => SignalAsync("STOP");

    /// <summary>SIGCONT after <see cref="SuspendAsync"/>.</summary>
    public Task ResumeAsync() => SignalAsync("CONT");

    public async Task RestartAfterKillAsync()
    {
        await KillAsync();
        await StartAsync();
    }

    public HttpClient CreateRestClient(string bearerToken) => CreateRestClient(bearerToken, TimeSpan.FromSeconds(30));

    public HttpClient CreateRestClient(string bearerToken, TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = RestAddress, Timeout = timeout };
        client.DefaultRequestHeaders.Authorization = new("Bearer", bearerToken);
        return client;
    }

    public int CountLogLines(string text) =>
        File.Exists(LogPath) ? File.ReadLines(LogPath).Count(line => line.Contains(text, StringComparison.Ordinal)) : 0;

    private async Task<bool> IsReadyAsync(HttpClient http, bool failIfExited)
    {
        if (failIfExited && _process is { HasExited: true } exited)
        {
            throw new InvalidOperationException($"{Name} exited with code {exited.ExitCode} before it was ready (log: {LogPath})");
        }

        try
        {
            return (await http.GetAsync("/health/ready")).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private async Task SignalAsync(string signal)
    {
        var start = new ProcessStartInfo("kill") { UseShellExecute = false };
        start.ArgumentList.Add($"-{signal}");
        start.ArgumentList.Add(ProcessId.ToString(CultureInfo.InvariantCulture));
        using var kill = Process.Start(start) ?? throw new InvalidOperationException("kill did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await kill.WaitForExitAsync(timeout.Token);
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {ProcessId} ({Name}) exited with code {kill.ExitCode}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }
}
