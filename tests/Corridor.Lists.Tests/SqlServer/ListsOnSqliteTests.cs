using Corridor.Lists.Infrastructure;
using Corridor.Testing;

namespace Corridor.Lists.Tests.SqlServer;

/// <summary>The provider-dependent behaviour on SQLite, the reference for <see cref="ListsOnSqlServerTests"/>.</summary>
public sealed class ListsOnSqliteTests : ListsProviderTests, IAsyncLifetime
{
    private readonly MigratedSqliteDatabase<SqliteListsDbContext> _file = new("lists-provider");

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    protected override Task<ListsDbContext> OpenAsync() => Task.FromResult<ListsDbContext>(_file.Open());
}
