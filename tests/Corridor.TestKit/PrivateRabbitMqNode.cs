using System.Runtime.InteropServices;

namespace Corridor.TestKit;

/// <summary>
/// A RabbitMQ node of its own, run from the installed rabbitmq-server through
/// <c>deploy/local/rabbitmq.sh</c>, with all state in a temporary directory.
/// </summary>
internal sealed class PrivateRabbitMqNode : IBrokerLifetime
{
    private const string ScriptRelativePath = "deploy/local/rabbitmq.sh";
    private const int NotInstalledExitCode = 69;
    // A node boots in ~6 s on an idle machine but takes minutes on a loaded one: at a load average of ~45 on 2 cores a
    // fresh node took 104 s, and a restart after SIGKILL in the middle of the faults run 353 s.
    private const int StartTimeoutSeconds = 600;
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(StartTimeoutSeconds + 60);

    private readonly string _script;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _running;
    private bool _disposed;

    private PrivateRabbitMqNode(string script, string directory, string nodeName, int amqpPort, int managementPort, int distributionPort)
    {
        _script = script;
        DirectoryPath = directory;
        NodeName = nodeName;
        AmqpPort = amqpPort;
        ManagementPort = managementPort;
        DistributionPort = distributionPort;
    }

    public string DirectoryPath { get; }

    public string NodeName { get; }

    public int AmqpPort { get; }

    public int ManagementPort { get; }

    public int DistributionPort { get; }

    public bool CanRestart => true;

    public Uri AmqpUri => new($"amqp://guest:guest@127.0.0.1:{AmqpPort}/");

    public Uri ManagementUri => new($"http://guest:guest@127.0.0.1:{ManagementPort}/");

    public string Description => $"private rabbitmq-server node {NodeName} on 127.0.0.1:{AmqpPort} (management {ManagementPort}) in {DirectoryPath}";

    /// <summary>Null when a private node can be started here, otherwise why not.</summary>
    public static async Task<string?> GetUnavailableReasonAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return $"a private rabbitmq-server node needs bash and a Unix-like OS, not {RuntimeInformation.OSDescription}";
        }

        var script = FindScript(out var reason);
        if (script is null)
        {
            return reason;
        }

        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync("bash", [script, "installed"], null, TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            return $"cannot run {ScriptRelativePath}: {e.Message}";
        }

        return result.ExitCode switch
        {
            0 => null,
            NotInstalledExitCode => $"rabbitmq-server is not installed ({result.Output.Trim()})",
            _ => $"'{ScriptRelativePath} installed' failed with exit code {result.ExitCode}: {result.Output}",
        };
    }

    /// <summary>Starts a node in a fresh temporary directory on free ports; call only when <see cref="GetUnavailableReasonAsync"/> said yes.</summary>
    public static async Task<PrivateRabbitMqNode> StartNewAsync(CancellationToken cancellationToken)
    {
        var script = FindScript(out var reason) ?? throw new InvalidOperationException(reason);
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var directory = Directory.CreateTempSubdirectory("corridor-rabbitmq-").FullName;
            var ports = FreePorts.Next(3);
            var nodeName = $"corridor-{Guid.NewGuid().ToString("N")[..12]}@localhost";
            var node = new PrivateRabbitMqNode(script, directory, nodeName, ports[0], ports[1], ports[2]);
            ProcessResult result;
            try
            {
                result = await node.RunScriptStartAsync(cancellationToken);
            }
            catch
            {
                await node.DisposeAsync();
                throw;
            }

            if (result.ExitCode == 0)
            {
                node._running = true;
                return node;
            }

            await node.DisposeAsync();
            // Another process may have taken one of the free ports in the meantime: try others.
            var portTaken = result.Output.Contains("already in use", StringComparison.Ordinal);
            if (!portTaken || attempt == attempts)
            {
                throw new InvalidOperationException(
                    $"{ScriptRelativePath} could not start a RabbitMQ node (exit code {result.ExitCode}):{Environment.NewLine}{result.Output}");
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var result = await RunScriptAsync(["stop", DirectoryPath], cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{ScriptRelativePath} could not stop {NodeName} (exit code {result.ExitCode}):{Environment.NewLine}{result.Output}");
            }

            _running = false;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task KillAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var result = await RunScriptAsync(["kill", DirectoryPath], cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{ScriptRelativePath} could not kill {NodeName} (exit code {result.ExitCode}):{Environment.NewLine}{result.Output}");
            }

            _running = false;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var result = await RunScriptStartAsync(cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{ScriptRelativePath} could not start {NodeName} again on port {AmqpPort} (exit code {result.ExitCode}):{Environment.NewLine}{result.Output}");
            }

            _running = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (Directory.Exists(DirectoryPath))
            {
                // Also after a failed start: the node may be up even though it did not answer in time.
                // Its data is deleted next, so there is nothing to shut down gracefully.
                var result = await RunScriptAsync(["kill", DirectoryPath], CancellationToken.None);
                if (result.ExitCode != 0)
                {
                    throw new InvalidOperationException(
                        $"{ScriptRelativePath} could not end {NodeName} (exit code {result.ExitCode}); its files stay in {DirectoryPath}:{Environment.NewLine}{result.Output}");
                }

                _running = false;
                await DeleteDirectoryAsync(DirectoryPath);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public override string ToString() => $"{Description}{(_running ? string.Empty : " (stopped)")}";

    private Task<ProcessResult> RunScriptStartAsync(CancellationToken cancellationToken) =>
        RunScriptAsync(
            ["start", DirectoryPath, $"{AmqpPort}", $"{ManagementPort}", NodeName, $"{DistributionPort}"],
            cancellationToken);

    private Task<ProcessResult> RunScriptAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>
        {
            // The script's watchdog stops the node (and deletes its directory) if this process dies
            // without disposing the broker.
            ["CORRIDOR_RABBITMQ_OWNER_PID"] = $"{Environment.ProcessId}",
            ["CORRIDOR_RABBITMQ_OWNER_CLEANUP"] = "1",
            ["RABBITMQ_SH_START_TIMEOUT"] = $"{StartTimeoutSeconds}",
        };
        return ProcessRunner.RunAsync("bash", [_script, .. arguments], environment, ScriptTimeout, cancellationToken);
    }

    private static string? FindScript(out string reason)
    {
        var root = RepositoryRoot.TryFind();
        if (root is null)
        {
            reason = $"the repository root (Corridor.sln) was not found above {AppContext.BaseDirectory}, so {ScriptRelativePath} cannot be run";
            return null;
        }

        var script = Path.Combine(root, ScriptRelativePath);
        if (!File.Exists(script))
        {
            reason = $"{script} does not exist";
            return null;
        }

        reason = string.Empty;
        return script;
    }

    private static async Task DeleteDirectoryAsync(string directory)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 10)
            {
                // The node may still be closing files.
                await Task.Delay(200);
            }
        }
    }
}
