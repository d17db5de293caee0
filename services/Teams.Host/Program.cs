using Corridor.BuildingBlocks.Hosting;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Teams;
using Corridor.Teams.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(TeamsServiceExtensions.ServiceName);
builder.AddTeamsServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapTeamsApi();

await app.MigrateDatabaseAsync<TeamsDbContext>();
await app.RunAsync();
