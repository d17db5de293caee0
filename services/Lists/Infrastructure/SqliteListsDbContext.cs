using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Infrastructure;

/// <summary>The embedded default; owns the SQLite migrations.</summary>
public sealed class SqliteListsDbContext(DbContextOptions<SqliteListsDbContext> options) : ListsDbContext(options);
