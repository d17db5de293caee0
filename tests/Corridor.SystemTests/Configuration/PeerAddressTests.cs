using System.Text.Json;
using System.Text.RegularExpressions;
using Corridor.TestKit;

namespace Corridor.SystemTests.Configuration;

/// <summary>
/// A peer a service calls locally (<c>Services:&lt;Peer&gt;:Grpc</c> in its appsettings.json, a loopback address) is
/// given its in-cluster address in the compose stack and the Kubernetes manifests too; a missing one would leave the
/// service asking 127.0.0.1 in production.
/// </summary>
public sealed partial class PeerAddressTests
{
    private readonly string _root = RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run the tests from the repository checkout (Corridor.sln not found).");

    [Fact]
    public void Every_peer_address_a_service_reads_locally_is_set_in_docker_compose_and_in_its_kubernetes_config()
    {
        var compose = File.ReadAllText(Path.Combine(_root, "docker-compose.yml"));
        var missing = new List<string>();
        foreach (var (service, peer) in LocalPeers())
        {
            var variable = $"Services__{peer}__Grpc";
            if (!ComposeBlock(compose, service).Contains(variable, StringComparison.Ordinal))
            {
                missing.Add($"docker-compose.yml, service {service}: {variable}");
            }

            var manifest = Path.Combine(_root, "deploy", "k8s", "base", $"{service.ToLowerInvariant()}.yaml");
            if (!File.ReadAllText(manifest).Contains(variable, StringComparison.Ordinal))
            {
                missing.Add($"{Path.GetRelativePath(_root, manifest)}: {variable}");
            }
        }

        Assert.True(missing.Count == 0, $"Peer addresses missing from the deployment:\n{string.Join('\n', missing)}");
    }

    private IEnumerable<(string Service, string Peer)> LocalPeers()
    {
        foreach (var settings in Directory.GetFiles(Path.Combine(_root, "services"), "appsettings.json", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(Path.GetDirectoryName(f)!).EndsWith(".Host", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var service = Path.GetFileName(Path.GetDirectoryName(settings)!)[..^".Host".Length];
            using var json = JsonDocument.Parse(File.ReadAllText(settings), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!json.RootElement.TryGetProperty("Services", out var peers))
            {
                continue;
            }

            foreach (var peer in peers.EnumerateObject().Where(p => p.Value.TryGetProperty("Grpc", out _)))
            {
                yield return (service, peer.Name);
            }
        }
    }

    /// <summary>The lines of one service of the compose file: from its two-space-indented key to the next one.</summary>
    private static string ComposeBlock(string compose, string service)
    {
        var start = Regex.Match(compose, $"^  {service.ToLowerInvariant()}:\\s*$", RegexOptions.Multiline);
        Assert.True(start.Success, $"docker-compose.yml has no service '{service.ToLowerInvariant()}'.");
        var next = NextServiceKey().Match(compose, start.Index + start.Length);
        return next.Success ? compose[start.Index..next.Index] : compose[start.Index..];
    }

    [GeneratedRegex(@"^(  [a-z][\w-]*:|\S)", RegexOptions.Multiline)]
    private static partial Regex NextServiceKey();
}
