using System.ComponentModel;
using System.Diagnostics;

namespace Corridor.TestKit;

/// <summary>The outcome of a finished child process.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => string.Join(
        Environment.NewLine,
        new[] { StandardOutput.Trim(), StandardError.Trim() }.Where(text => text.Length > 0));
}

/// <summary>Runs a command to completion with a time limit, capturing its output.</summary>
internal static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                startInfo.Environment[name] = value;
            }
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Could not run '{fileName}': {e.Message}", e);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            var partial = new ProcessResult(-1, await stdout, await stderr);
            throw new TimeoutException(
                $"'{fileName} {string.Join(' ', startInfo.ArgumentList)}' did not finish within {timeout.TotalSeconds:0} s and was killed. Output:{Environment.NewLine}{partial.Output}");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
