using Corridor.BuildingBlocks.Hosting;
using Corridor.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(GatewayExtensions.ServiceName);
builder.AddGateway();

var app = builder.Build();
app.UseServiceDefaults();
app.MapGateway();

await app.RunAsync();
