using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Infrastructure;

/// <summary>The embedded default; owns the SQLite migrations.</summary>
public sealed class SqliteAgreementsDbContext(DbContextOptions<SqliteAgreementsDbContext> options) : AgreementsDbContext(options);
