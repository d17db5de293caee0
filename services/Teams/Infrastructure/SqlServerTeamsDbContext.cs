using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Infrastructure;

/// <summary>Production; owns the SQL Server migrations.</summary>
public sealed class SqlServerTeamsDbContext(DbContextOptions<SqlServerTeamsDbContext> options) : TeamsDbContext(options);
