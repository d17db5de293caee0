using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Infrastructure;

/// <summary>Production; owns the SQL Server migrations.</summary>
public sealed class SqlServerListsDbContext(DbContextOptions<SqlServerListsDbContext> options) : ListsDbContext(options);
