using Microsoft.EntityFrameworkCore;

namespace Corridor.Identity.Infrastructure;

/// <summary>The embedded default; owns the SQLite migrations.</summary>
public sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);
