using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;

namespace Corridor.TestKit;

/// <summary>
/// A RabbitMQ broker for integration tests: an external one named by the environment, a
/// Testcontainers container, or a private node of the installed rabbitmq-server.
/// </summary>
/// <remarks>
/// Tests should not share queues: give each test host its own virtual host with
/// <see cref="CreateVirtualHostAsync"/>. All HTTP calls go to the management API at
/// <see cref="ManagementUri"/>.
/// </remarks>
public sealed partial class RabbitMqBroker : IAsyncDisposable
{
    /// <summary>Environment variable with the AMQP URI of an external broker, e.g. <c>amqp://guest:guest@127.0.0.1:5672/</c>.</summary>
    public const string UriVariable = "CORRIDOR_RABBITMQ_URI";

    /// <summary>
    /// Environment variable with the management API URI of the external broker, credentials in the
    /// user info; defaults to <c>http://&lt;AMQP user&gt;:&lt;password&gt;@&lt;AMQP host&gt;:15672/</c> (guest:guest when the AMQP URI has none).
    /// </summary>
    public const string ManagementUriVariable = "CORRIDOR_RABBITMQ_MANAGEMENT_URI";

    /// <summary>Environment variable overriding the image used when a Docker engine answers.</summary>
    public const string ImageVariable = "CORRIDOR_RABBITMQ_IMAGE";

    /// <summary>The image used when a Docker engine answers and <see cref="ImageVariable"/> is not set.</summary>
    public const string DefaultImage = "rabbitmq:3.13-management";

    private const ushort ContainerManagementPort = 15672;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly IBrokerLifetime? _lifetime;
    private readonly ConcurrentDictionary<string, byte> _virtualHosts = new(StringComparer.Ordinal);
    private readonly string _amqpUser;
    private readonly AuthenticationHeaderValue _managementAuthorization;
    private readonly Uri _managementBase;
    private HttpClient _http;
    private int _disposed;

    private RabbitMqBroker(Uri amqpUri, Uri managementUri, string description, IBrokerLifetime? lifetime)
    {
        AmqpUri = amqpUri;
        ManagementUri = managementUri;
        Description = description;
        _lifetime = lifetime;
        (_amqpUser, _) = Credentials(amqpUri);
        var (user, password) = Credentials(managementUri);
        _managementAuthorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        _managementBase = new Uri(managementUri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped) + "/");
        _http = CreateHttpClient();
    }

    /// <summary>The AMQP URI of the default virtual host "/", with credentials.</summary>
    public Uri AmqpUri { get; }

    /// <summary>The management API base URI, with credentials in its user info.</summary>
    public Uri ManagementUri { get; }

    /// <summary>Whether <see cref="StopAsync"/> and <see cref="StartAsync"/> work: only for a private node this kit started.</summary>
    public bool CanRestart => _lifetime?.CanRestart ?? false;

    /// <summary>Where the broker came from (no passwords), for test output and skip messages.</summary>
    public string Description { get; }

    /// <summary>Stops the broker; its port then refuses connections. Only when <see cref="CanRestart"/>.</summary>
    /// <param name="cancellationToken">Cancels the wait (the node may still stop).</param>
    /// <exception cref="NotSupportedException">The broker is not a private node started by this kit.</exception>
    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return RestartableLifetime().StopAsync(cancellationToken);
    }

    /// <summary>Kills the broker with SIGKILL, as a crash would; <see cref="StartAsync"/> brings it back with its data. Only when <see cref="CanRestart"/>.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="NotSupportedException">The broker is not a private node started by this kit.</exception>
    public Task KillAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return RestartableLifetime().KillAsync(cancellationToken);
    }

    /// <summary>
    /// Starts the stopped broker again on the same ports with the same data (durable queues and
    /// persistent messages survive) and waits until it is ready. Only when <see cref="CanRestart"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="NotSupportedException">The broker is not a private node started by this kit.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await RestartableLifetime().StartAsync(cancellationToken);
        // Connections pooled before the restart are dead.
        var old = Interlocked.Exchange(ref _http, CreateHttpClient());
        old.Dispose();
        await WaitUntilManagementAnswersAsync(cancellationToken);
    }

    /// <summary>
    /// Creates a virtual host through the management API and grants the AMQP user full rights on it.
    /// </summary>
    /// <param name="name">The virtual host name; a fresh unique one when omitted.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The AMQP URI of the new virtual host (<see cref="AmqpUri"/> with the virtual host as path).</returns>
    public async Task<Uri> CreateVirtualHostAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        name ??= $"test-{Guid.NewGuid():N}";
        ArgumentException.ThrowIfNullOrEmpty(name);

        var vhost = Uri.EscapeDataString(name);
        _virtualHosts.TryAdd(name, 0);
        await SendAsync(HttpMethod.Put, $"api/vhosts/{vhost}", "{}", cancellationToken);
        await SendAsync(
            HttpMethod.Put,
            $"api/permissions/{vhost}/{Uri.EscapeDataString(_amqpUser)}",
            """{"configure":".*","write":".*","read":".*"}""",
            cancellationToken);
        return VirtualHostUri(name);
    }

    /// <summary>Deletes a virtual host and everything in it; a missing one is not an error.</summary>
    /// <param name="name">The virtual host name.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    public async Task DeleteVirtualHostAsync(string name, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        ArgumentException.ThrowIfNullOrEmpty(name);
        await DeleteVirtualHostCoreAsync(name, cancellationToken);
    }

    /// <summary>
    /// Releases the broker: a private node is stopped and its directory deleted, a container is
    /// removed; on an external broker the virtual hosts created through this instance are deleted.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            if (_lifetime is null)
            {
                var failures = new List<Exception>();
                foreach (var name in _virtualHosts.Keys)
                {
                    try
                    {
                        await DeleteVirtualHostCoreAsync(name, CancellationToken.None);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        failures.Add(e);
                    }
                }

                if (failures.Count > 0)
                {
                    throw new AggregateException($"Could not delete the test virtual hosts on {Description}.", failures);
                }
            }
            else
            {
                await _lifetime.DisposeAsync();
            }
        }
        finally
        {
            _http.Dispose();
        }
    }

    /// <inheritdoc />
    public override string ToString() => Description;

    private static (string User, string Password) Credentials(Uri uri)
    {
        if (uri.UserInfo.Length == 0)
        {
            return ("guest", "guest");
        }

        var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
        return separator < 0
            ? (Uri.UnescapeDataString(uri.UserInfo), string.Empty)
            : (Uri.UnescapeDataString(uri.UserInfo[..separator]), Uri.UnescapeDataString(uri.UserInfo[(separator + 1)..]));
    }

    private IBrokerLifetime RestartableLifetime() =>
        _lifetime is { CanRestart: true } lifetime
            ? lifetime
            : throw new NotSupportedException($"{Description} cannot be stopped or started by the test kit; use RabbitMqBroker.StartPrivateNodeAsync().");

    private Uri VirtualHostUri(string name)
    {
        var userInfo = AmqpUri.UserInfo.Length > 0 ? AmqpUri.UserInfo + "@" : string.Empty;
        return new Uri($"{AmqpUri.Scheme}://{userInfo}{AmqpUri.Authority}/{Uri.EscapeDataString(name)}");
    }

}
