using Corridor.BuildingBlocks.Persistence;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Notifications.Migrations.SqlServer;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerNotificationsDbContext>
{
    public SqlServerNotificationsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerNotificationsDbContext>());
}
