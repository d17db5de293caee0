using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Testcontainers.RabbitMq;
using Xunit;

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
public sealed class RabbitMqBroker : IAsyncDisposable
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

    /// <summary>
    /// Provides a broker, trying in this order: (a) an external broker from <see cref="UriVariable"/>
    /// (and <see cref="ManagementUriVariable"/>); (b) a Testcontainers container when a Docker engine
    /// answers; (c) a private node of the installed rabbitmq-server in a temporary directory on free
    /// ports. Dispose it to release what was started.
    /// </summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="SkipException">None of the three is possible here; the message says why for each.</exception>
    public static async Task<RabbitMqBroker> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var external = FromEnvironment();
        if (external is not null)
        {
            return external;
        }

        var reasons = new List<string> { $"{UriVariable} is not set" };
        var dockerUnavailable = await DockerProbe.GetUnavailableReasonAsync().WaitAsync(cancellationToken);
        if (dockerUnavailable is null)
        {
            try
            {
                return await StartContainerAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // E.g. the image cannot be pulled offline: fall back to a private node, and say so.
                reasons.Add($"a Docker engine answers but the {Image} container did not start: {e.GetBaseException().Message}");
            }
        }
        else
        {
            reasons.Add(dockerUnavailable);
        }

        var nodeUnavailable = await PrivateRabbitMqNode.GetUnavailableReasonAsync(cancellationToken);
        if (nodeUnavailable is null)
        {
            return await StartPrivateNodeCoreAsync(cancellationToken);
        }

        reasons.Add(nodeUnavailable);
        throw new SkipException($"No RabbitMQ broker for integration tests: {string.Join("; ", reasons)}.");
    }

    /// <summary>
    /// Starts a private node of the installed rabbitmq-server (option (c) of <see cref="AcquireAsync"/>),
    /// whatever the environment offers; it can be stopped and started again (<see cref="CanRestart"/>).
    /// </summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="SkipException">rabbitmq-server is not installed (or cannot be run here); the message says why.</exception>
    public static async Task<RabbitMqBroker> StartPrivateNodeAsync(CancellationToken cancellationToken = default)
    {
        var unavailable = await PrivateRabbitMqNode.GetUnavailableReasonAsync(cancellationToken);
        if (unavailable is not null)
        {
            throw new SkipException($"Cannot start a private RabbitMQ node: {unavailable}.");
        }

        return await StartPrivateNodeCoreAsync(cancellationToken);
    }

    /// <summary>Stops the broker; its port then refuses connections. Only when <see cref="CanRestart"/>.</summary>
    /// <param name="cancellationToken">Cancels the wait (the node may still stop).</param>
    /// <exception cref="NotSupportedException">The broker is not a private node started by this kit.</exception>
    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return RestartableLifetime().StopAsync(cancellationToken);
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

    private static string Image =>
        Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } image ? image : DefaultImage;

    private static RabbitMqBroker? FromEnvironment()
    {
        var amqp = Environment.GetEnvironmentVariable(UriVariable);
        if (string.IsNullOrWhiteSpace(amqp))
        {
            return null;
        }

        if (!Uri.TryCreate(amqp.Trim(), UriKind.Absolute, out var amqpUri) || amqpUri.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidOperationException($"{UriVariable} must be an amqp:// or amqps:// URI, not '{amqp}'.");
        }

        Uri managementUri;
        var management = Environment.GetEnvironmentVariable(ManagementUriVariable);
        if (string.IsNullOrWhiteSpace(management))
        {
            var userInfo = amqpUri.UserInfo.Length > 0 ? amqpUri.UserInfo : "guest:guest";
            managementUri = new Uri($"http://{userInfo}@{amqpUri.Host}:15672/");
        }
        else if (!Uri.TryCreate(management.Trim(), UriKind.Absolute, out managementUri!)
            || managementUri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"{ManagementUriVariable} must be an http:// or https:// URI, not '{management}'.");
        }

        return new RabbitMqBroker(
            amqpUri,
            managementUri,
            $"external broker from {UriVariable} ({amqpUri.Host}:{(amqpUri.IsDefaultPort || amqpUri.Port < 0 ? 5672 : amqpUri.Port)})",
            lifetime: null);
    }

    private static async Task<RabbitMqBroker> StartContainerAsync(CancellationToken cancellationToken)
    {
        var image = Image;
        var container = new RabbitMqBuilder(image)
            .WithPortBinding(ContainerManagementPort, assignRandomHostPort: true)
            .Build();
        RabbitMqBroker? broker = null;
        try
        {
            await container.StartAsync(cancellationToken);
            var amqpUri = new Uri(container.GetConnectionString());
            var managementUri = new Uri(
                $"http://{RabbitMqBuilder.DefaultUsername}:{RabbitMqBuilder.DefaultPassword}@{container.Hostname}:{container.GetMappedPublicPort(ContainerManagementPort)}/");
            broker = new RabbitMqBroker(
                amqpUri,
                managementUri,
                $"Testcontainers {image} ({amqpUri.Host}:{amqpUri.Port})",
                new ContainerBrokerLifetime(container));
            await broker.WaitUntilManagementAnswersAsync(cancellationToken);
            return broker;
        }
        catch
        {
            if (broker is not null)
            {
                await broker.DisposeAsync();
            }
            else
            {
                await container.DisposeAsync();
            }

            throw;
        }
    }

    private static async Task<RabbitMqBroker> StartPrivateNodeCoreAsync(CancellationToken cancellationToken)
    {
        var node = await PrivateRabbitMqNode.StartNewAsync(cancellationToken);
        var broker = new RabbitMqBroker(node.AmqpUri, node.ManagementUri, node.Description, node);
        try
        {
            await broker.WaitUntilManagementAnswersAsync(cancellationToken);
            return broker;
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }

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

    private HttpClient CreateHttpClient()
    {
        var client = new HttpClient { BaseAddress = _managementBase, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = _managementAuthorization;
        return client;
    }

    private async Task DeleteVirtualHostCoreAsync(string name, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"api/vhosts/{Uri.EscapeDataString(name)}");
        using var response = await _http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            await EnsureSuccessAsync(response, cancellationToken);
        }

        _virtualHosts.TryRemove(name, out _);
    }

    private async Task SendAsync(HttpMethod method, string path, string json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} on {Description} answered {(int)response.StatusCode} {response.ReasonPhrase}: {body}",
                inner: null,
                response.StatusCode);
        }
    }

    private async Task WaitUntilManagementAnswersAsync(CancellationToken cancellationToken)
    {
        string? last = null;
        try
        {
            await Eventually.TrueAsync(
                async () =>
                {
                    try
                    {
                        using var response = await _http.GetAsync(new Uri("api/overview", UriKind.Relative), cancellationToken);
                        last = $"{(int)response.StatusCode} {response.ReasonPhrase}";
                        return response.IsSuccessStatusCode;
                    }
                    catch (HttpRequestException e)
                    {
                        last = e.Message;
                        return false;
                    }
                    catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
                    {
                        last = e.Message; // the HTTP client's own timeout
                        return false;
                    }
                },
                ReadyTimeout,
                $"the management API of {Description} answers",
                cancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} (last answer: {last ?? "none"})", e);
        }
    }
}
