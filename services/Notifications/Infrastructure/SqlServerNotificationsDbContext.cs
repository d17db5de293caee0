using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Infrastructure;

/// <summary>Production; owns the SQL Server migrations.</summary>
public sealed class SqlServerNotificationsDbContext(DbContextOptions<SqlServerNotificationsDbContext> options) : NotificationsDbContext(options);
