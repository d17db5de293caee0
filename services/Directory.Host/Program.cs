using Corridor.BuildingBlocks.Hosting;
using Corridor.BuildingBlocks.Persistence;
using Corridor.DirectoryService;
using Corridor.DirectoryService.Infrastructure;
using Corridor.DirectoryService.Regions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(DirectoryServiceExtensions.ServiceName);
builder.AddDirectoryServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapDirectoryApi();

await app.MigrateDatabaseAsync<DirectoryDbContext>();
await app.SeedFoundingMembersAsync();
await app.RunAsync();
