using Corridor.Lists;
using Corridor.Lists.Infrastructure;
using Corridor.BuildingBlocks.Hosting;
using Corridor.BuildingBlocks.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ListsServiceExtensions.ServiceName);
builder.AddListsServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapListsApi();

await app.MigrateDatabaseAsync<ListsDbContext>();
await app.RunAsync();
