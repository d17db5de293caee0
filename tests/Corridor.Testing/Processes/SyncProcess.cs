using System.Diagnostics;
using System.Text;

namespace Corridor.Testing.Processes;

/// <summary>
/// corridor-sync as a separate process (the built dll run by the dotnet host), as a provincial IT team runs it. The dll is
/// the one copied beside the caller's binaries: the caller's project references deploy/sync/Corridor.Sync.
/// </summary>
public sealed class SyncProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SyncProcess(Process process)
    {
        _process = process;
    }

    public static string DllPath
    {
        get
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "corridor-sync.dll");
            if (File.Exists(Path.Combine(AppContext.BaseDirectory, "corridor-sync.runtimeconfig.json")))
            {
                return beside;
            }

            throw new InvalidOperationException($"corridor-sync.runtimeconfig.json is not next to {beside}; build the project that references deploy/sync/Corridor.Sync (tests/Corridor.Sync.Tests, tests/Corridor.Benchmarks).");
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static SyncProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var sync = new SyncProcess(process);
        process.OutputDataReceived += (_, e) => sync.Append(e.Data);
        process.ErrorDataReceived += (_, e) => sync.Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return sync;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        using var process = Start(environment, arguments);
        var exitCode = await process.WaitAsync(timeout);
        return (exitCode, process.Output);
    }

    /// <summary>Waits for the exit; kills the process and fails when it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"corridor-sync did not finish within {timeout.TotalSeconds:0} s. Output:{Environment.NewLine}{Output}");
        }

        // The parameterless wait also drains the redirected output.
        await _process.WaitForExitAsync(CancellationToken.None);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no handler runs, nothing is flushed; only what SQLite committed survives.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
