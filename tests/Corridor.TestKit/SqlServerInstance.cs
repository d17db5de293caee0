using System.Data.Common;
using Testcontainers.MsSql;
using Xunit;

namespace Corridor.TestKit;

/// <summary>
/// A SQL Server for the provider-specific tests: the instance named by <see cref="ConnectionVariable"/>,
/// else a Testcontainers container when a Docker engine answers; otherwise the test is skipped and
/// says why. One per process; every caller gets a database of its own on it.
/// </summary>
public static class SqlServerInstance
{
    /// <summary>A connection string to an existing SQL Server (its database name is replaced per test).</summary>
    public const string ConnectionVariable = "CORRIDOR_SQLSERVER_CONNECTION";

    public const string Image = "mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04";

    private static readonly Lazy<Task<string>> Server = new(AcquireAsync);

    /// <summary>A connection string for a fresh database (created by the service's migrations).</summary>
    /// <exception cref="SkipException">No SQL Server here; the message says why.</exception>
    public static async Task<string> NewDatabaseAsync(string prefix)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = await Server.Value };
        builder.Remove("Initial Catalog");
        builder["Database"] = $"{prefix}_{Guid.NewGuid():N}";
        builder["TrustServerCertificate"] = "True";
        return builder.ConnectionString;
    }

    private static async Task<string> AcquireAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } existing)
        {
            return existing;
        }

        var dockerUnavailable = await DockerProbe.GetUnavailableReasonAsync();
        if (dockerUnavailable is not null)
        {
            throw new SkipException($"No SQL Server for the provider-specific tests: {ConnectionVariable} is not set and {dockerUnavailable}.");
        }

        // Stopped by Testcontainers' resource reaper when the test process ends.
        var container = new MsSqlBuilder(Image).Build();
        await container.StartAsync();
        return container.GetConnectionString();
    }
}
