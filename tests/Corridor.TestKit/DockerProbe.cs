using DotNet.Testcontainers.Configurations;

namespace Corridor.TestKit;

/// <summary>
/// Decides, before any container is created, whether a Docker engine answers. Testcontainers pings
/// each candidate endpoint (DOCKER_HOST, ~/.testcontainers.properties, /var/run/docker.sock,
/// rootless and Docker Desktop sockets) once per process when its settings are first read; no
/// endpoint answering leaves <see cref="IOperatingSystem.DockerEndpointAuthConfig"/> null.
/// </summary>
internal static class DockerProbe
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(15);
    private static readonly Lazy<Task<string?>> Probe = new(ProbeAsync);

    /// <summary>Null when a Docker engine answers, otherwise why not.</summary>
    public static Task<string?> GetUnavailableReasonAsync() => Probe.Value;

    private static async Task<string?> ProbeAsync()
    {
        var endpoint = Task.Run(() => TestcontainersSettings.OS.DockerEndpointAuthConfig?.Endpoint);
        try
        {
            var finished = await Task.WhenAny(endpoint, Task.Delay(ProbeTimeout));
            if (finished != endpoint)
            {
                return $"no Docker engine answered within {ProbeTimeout.TotalSeconds:0} s";
            }

            return await endpoint is null
                ? "no Docker engine answers (DOCKER_HOST, /var/run/docker.sock and the other Testcontainers endpoints were tried)"
                : null;
        }
        catch (Exception e)
        {
            // Reported as the reason Docker is not used, never swallowed.
            return $"probing for a Docker engine failed: {e.GetBaseException().Message}";
        }
    }
}
