using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Infrastructure;

/// <summary>The embedded default; owns the SQLite migrations.</summary>
public sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options) : NotificationsDbContext(options);
