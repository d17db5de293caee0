using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Infrastructure;

/// <summary>Production; owns the SQL Server migrations.</summary>
public sealed class SqlServerAgreementsDbContext(DbContextOptions<SqlServerAgreementsDbContext> options) : AgreementsDbContext(options);
