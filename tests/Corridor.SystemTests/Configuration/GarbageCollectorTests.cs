using System.Text.Json;
using Corridor.TestKit;

namespace Corridor.SystemTests.Configuration;

/// <summary>
/// Every built service executable runs the workstation collector and conserves memory (ADR 0020): its runtimeconfig.json,
/// which is what the runtime reads in every deployment, says <c>System.GC.Server: false</c> and sets <c>System.GC.ConserveMemory</c>.
/// </summary>
public sealed class GarbageCollectorTests
{
    private readonly string _root = RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run the tests from the repository checkout (Corridor.sln not found).");

    [Fact]
    public void Every_service_executable_runs_the_workstation_collector_and_conserves_memory()
    {
        var configs = Directory.GetFiles(Path.Combine(_root, "services"), "Corridor.*.runtimeconfig.json", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var hosts = Directory.GetFiles(Path.Combine(_root, "services"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => (Name: Path.GetFileNameWithoutExtension(p), Text: File.ReadAllText(p)))
            .Where(p => p.Text.Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal) && !p.Text.Contains("<OutputType>Library</OutputType>", StringComparison.Ordinal))
            .Select(p => p.Name)
            .ToList();
        Assert.NotEmpty(hosts);

        var wrong = new List<string>();
        foreach (var host in hosts)
        {
            var config = configs.FirstOrDefault(f => Path.GetFileName(f) == $"{host}.runtimeconfig.json")
                ?? throw new InvalidOperationException($"{host} is not built in Release: build the solution first.");
            using var json = JsonDocument.Parse(File.ReadAllText(config));
            var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
            if (!properties.TryGetProperty("System.GC.Server", out var server) || server.GetBoolean()
                || !properties.TryGetProperty("System.GC.ConserveMemory", out var conserve) || conserve.GetInt32() < 1)
            {
                wrong.Add(host);
            }
        }

        Assert.True(wrong.Count == 0, $"Server GC or no ConserveMemory in: {string.Join(", ", wrong)}");
    }
}
