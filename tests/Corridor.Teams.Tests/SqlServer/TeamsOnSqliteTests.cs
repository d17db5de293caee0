using Corridor.Teams.Infrastructure;
using Corridor.Testing;

namespace Corridor.Teams.Tests.SqlServer;

/// <summary>The provider-dependent behaviour on SQLite, the reference for <see cref="TeamsOnSqlServerTests"/>.</summary>
public sealed class TeamsOnSqliteTests : TeamsProviderTests, IAsyncLifetime
{
    private readonly MigratedSqliteDatabase<SqliteTeamsDbContext> _file = new("teams-provider");

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    protected override Task<TeamsDbContext> OpenAsync() => Task.FromResult<TeamsDbContext>(_file.Open());
}
