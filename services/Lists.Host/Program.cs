using Corridor.BuildingBlocks.Hosting;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists;
using Corridor.Lists.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ListsServiceExtensions.ServiceName);
builder.AddListsServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapListsApi();

await app.MigrateDatabaseAsync<ListsDbContext>();
await app.RunAsync();
