using Corridor.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Hosting;
using Corridor.BuildingBlocks.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(AgreementsServiceExtensions.ServiceName);
builder.AddAgreementsServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapAgreementsApi();

await app.MigrateDatabaseAsync<AgreementsDbContext>();
await app.RunAsync();
