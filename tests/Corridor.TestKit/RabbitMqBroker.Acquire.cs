using Testcontainers.RabbitMq;
using Xunit;

namespace Corridor.TestKit;

/// <summary>Where a broker comes from: an external one named by the environment, a container, or a private node.</summary>
public sealed partial class RabbitMqBroker
{
    /// <summary>
    /// Provides a broker, trying in this order: (a) an external broker from <see cref="UriVariable"/>
    /// (and <see cref="ManagementUriVariable"/>); (b) a Testcontainers container when a Docker engine
    /// answers; (c) a private node of the installed rabbitmq-server in a temporary directory on free
    /// ports. Dispose it to release what was started.
    /// </summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="SkipException">None of the three is possible here; the message says why for each.</exception>
    /// <exception cref="BrokerUnavailableException">The same, in CI (<see cref="BrokerRequirement"/>).</exception>
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
        throw BrokerRequirement.Unavailable($"No RabbitMQ broker for integration tests: {string.Join("; ", reasons)}.");
    }

    /// <summary>
    /// Starts a private node of the installed rabbitmq-server (option (c) of <see cref="AcquireAsync"/>),
    /// whatever the environment offers; it can be stopped and started again (<see cref="CanRestart"/>).
    /// </summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="SkipException">rabbitmq-server is not installed (or cannot be run here); the message says why.</exception>
    /// <exception cref="BrokerUnavailableException">The same, in CI (<see cref="BrokerRequirement"/>).</exception>
    public static async Task<RabbitMqBroker> StartPrivateNodeAsync(CancellationToken cancellationToken = default)
    {
        var unavailable = await PrivateRabbitMqNode.GetUnavailableReasonAsync(cancellationToken);
        if (unavailable is not null)
        {
            throw BrokerRequirement.Unavailable($"Cannot start a private RabbitMQ node: {unavailable}.");
        }

        return await StartPrivateNodeCoreAsync(cancellationToken);
    }

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
}
