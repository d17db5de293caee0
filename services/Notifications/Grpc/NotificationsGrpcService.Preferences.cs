using Corridor.BuildingBlocks.Security;
using Corridor.Notifications.Preferences;
using Grpc.Core;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Notifications.V1;

namespace Corridor.Notifications.Grpc;

/// <summary>The caller's mail preferences over gRPC: the same use cases as REST.</summary>
internal sealed partial class NotificationsGrpcService
{
    [ReadOnlyCall]
    public override async Task<G.MailPreferencesReply> GetPreferences(G.GetPreferencesRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(new GetPreferences(), context.CancellationToken));

    public override async Task<G.MailPreferencesReply> SetPreferences(G.SetPreferencesRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(
            new SetPreferences(Optional(request.Default), [.. request.Kinds.Select(k => new KindMailPreference(k.Kind, k.Mode))]),
            context.CancellationToken));

    private static G.MailPreferencesReply Reply(MailPreferences preferences)
    {
        var reply = new G.MailPreferencesReply { Default = preferences.Default };
        reply.Kinds.AddRange(preferences.Kinds.Select(k => new G.KindMailPreference { Kind = k.Kind, Mode = k.Mode }));
        return reply;
    }
}
