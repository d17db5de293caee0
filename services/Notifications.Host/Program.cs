using Corridor.BuildingBlocks.Hosting;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Notifications;
using Corridor.Notifications.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(NotificationsServiceExtensions.ServiceName);
builder.AddNotificationsServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapNotificationsApi();

await app.MigrateDatabaseAsync<NotificationsDbContext>();
await app.RunAsync();
