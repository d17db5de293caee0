using Xunit;

namespace Corridor.TestKit;

/// <summary>
/// Whether a test that needs RabbitMQ may skip when no broker can be had: on a developer's machine it skips with the
/// reason; in CI (<c>CI=true</c>, set by <c>.ci/run</c>) it fails, so a missing broker can never pass for a green run.
/// </summary>
public static class BrokerRequirement
{
    /// <summary>The environment variable CI systems (and <c>.ci/run</c>) set to <c>true</c>.</summary>
    public const string Variable = "CI";

    public static bool IsRequired => IsRequiredBy(Environment.GetEnvironmentVariable(Variable));

    public static bool IsRequiredBy(string? ci) =>
        ci?.Trim() is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");

    /// <summary>What to throw when no broker is available: a failure in CI, a skip elsewhere.</summary>
    public static Exception Unavailable(string reason) => Unavailable(reason, IsRequired);

    public static Exception Unavailable(string reason, bool required) =>
        required
            ? new BrokerUnavailableException($"{reason} In CI ({Variable}=true) a test that needs RabbitMQ fails instead of skipping.")
            : new SkipException(reason);
}

/// <summary>No RabbitMQ broker for a test that must have one (in CI).</summary>
public sealed class BrokerUnavailableException(string message) : Exception(message);
