using Corridor.Agreements.Infrastructure;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.SqlServer;

/// <summary>The provider-dependent behaviour on SQLite, the reference for <see cref="AgreementsOnSqlServerTests"/>.</summary>
public sealed class AgreementsOnSqliteTests : AgreementsProviderTests, IAsyncLifetime
{
    private readonly MigratedSqliteDatabase<SqliteAgreementsDbContext> _file = new("agreements-provider");

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    protected override Task<AgreementsDbContext> OpenAsync() => Task.FromResult<AgreementsDbContext>(_file.Open());
}
