using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Web;
using Corridor.Identity;
using Corridor.Identity.Infrastructure;
using Corridor.Identity.People;
using Corridor.Identity.Throttling;

var builder = WebApplication.CreateBuilder(args);
builder.AddIdentityServices();

var app = builder.Build();
app.UseSecurityResponseHeaders();
app.UseSignInPageSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseClientAuthenticationThrottling();
app.UseAuthentication();
app.UseAuthorization();
app.MapIdentityApi();

await app.MigrateDatabaseAsync<IdentityDbContext>();
await app.PrepareIdentityAsync();
await app.RunAsync();
