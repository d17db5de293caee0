using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Infrastructure;

/// <summary>The embedded default; owns the SQLite migrations.</summary>
public sealed class SqliteTeamsDbContext(DbContextOptions<SqliteTeamsDbContext> options) : TeamsDbContext(options);
