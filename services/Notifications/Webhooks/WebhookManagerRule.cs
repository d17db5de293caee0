using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Notifications.Webhooks;

/// <summary>A region's sync client or one of its coordinators manages the region's webhook endpoints (and only those).</summary>
internal abstract class WebhookManagerRule<TRequest>(CallerIdentity caller)
    : RoleRule<TRequest>(caller, CorridorRoles.SyncClient, CorridorRoles.Coordinator);
