using Microsoft.EntityFrameworkCore;

namespace Corridor.Identity.Infrastructure;

/// <summary>Production; owns the SQL Server migrations.</summary>
public sealed class SqlServerIdentityDbContext(DbContextOptions<SqlServerIdentityDbContext> options) : IdentityDbContext(options);
