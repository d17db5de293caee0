using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Notifications.Preferences;

/// <summary>The caller's mail preferences over REST; gRPC has the same use cases (NotificationsGrpcService.Preferences).</summary>
internal static class PreferencesEndpoints
{
    public static IEndpointRouteBuilder MapPreferencesEndpoints(this IEndpointRouteBuilder routes)
    {
        var preferences = routes.MapGroup("/api/v1/notifications/preferences").WithTags("Mail preferences");
        preferences.MapGet("/", (UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new GetPreferences(), ct))
            .WithSummary("The caller's mail preferences: a default mode and a mode per kind (immediate, dailyDigest or off).");
        preferences.MapPut("/", (SetPreferences request, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(request, ct))
            .WithSummary("Replaces the caller's mail preferences; kinds not listed follow the default.")
            .ProducesValidationProblem();
        return routes;
    }
}
