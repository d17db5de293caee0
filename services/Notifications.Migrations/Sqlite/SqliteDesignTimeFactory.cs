using Corridor.BuildingBlocks.Persistence;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Notifications.Migrations.Sqlite;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNotificationsDbContext>
{
    public SqliteNotificationsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteNotificationsDbContext>());
}
