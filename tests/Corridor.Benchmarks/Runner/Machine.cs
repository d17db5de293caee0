using System.Diagnostics;
using System.Globalization;

namespace Corridor.Benchmarks.Runner;

/// <summary>What the figures depend on besides the code: cores, the machine's load, the commit measured.</summary>
public static class Machine
{
    /// <summary>The 1-minute load average (the machine is shared: a figure means little without it).</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    public static string Commit(string repository)
    {
        var git = new ProcessStartInfo("git", ["-C", repository, "rev-parse", "--short=12", "HEAD"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(git) ?? throw new InvalidOperationException("git did not start");
        var commit = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 ? commit : "unknown";
    }

    /// <summary>A process's peak resident set (VmHWM in /proc/&lt;pid&gt;/status), in MiB.</summary>
    public static double PeakWorkingSetMiB(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }
}
