using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Messaging;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Agreements;
using Corridor.Notifications.Grpc;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Mail;
using Corridor.Notifications.Matches;
using Corridor.Notifications.People;
using Corridor.Notifications.Problems;
using Corridor.Notifications.Projects;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Reminders;
using Corridor.Notifications.Teams;
using Corridor.Notifications.Webhooks;
using FluentValidation;
using MassTransit;

namespace Corridor.Notifications;

internal static class NotificationsServiceExtensions
{
    public const string ServiceName = "notifications";

    public static IHostApplicationBuilder AddNotificationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext, SqliteNotificationsDbContext, SqlServerNotificationsDbContext>(ServiceName);
        builder.AddMessaging<NotificationsDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<PersonChangedConsumer, NotificationConsumerDefinition<PersonChangedConsumer>>();
            bus.AddNotifyingConsumers();
            bus.AddOrganDirectoryConsumers();
            bus.AddWebhookConsumers();
        });
        builder.AddOrganDirectory<NotificationsDbContext>();
        builder.Services.AddValidatorsFromAssembly(typeof(NotificationsServiceExtensions).Assembly, includeInternalTypes: true);
        builder.Services.AddUseCases(typeof(NotificationsServiceExtensions).Assembly);
        builder.Services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section);
        builder.Services.AddSingleton<NotificationSignal>();
        builder.Services.AddScoped<RecipientDirectory>();
        builder.Services.AddScoped<NotificationWriter>();
        builder.Services.AddScoped<InboxOwner>();
        builder.Services.AddScoped<InboxFeed>();
        builder.AddReminders();
        builder.Services.AddMail();
        builder.AddWebhooks();
        return builder;
    }

    public static WebApplication MapNotificationsApi(this WebApplication app)
    {
        app.MapInboxEndpoints();
        app.MapMailEndpoints();
        app.MapGrpcService<NotificationsGrpcService>();
        app.MapWebhooks();
        return app;
    }

    private static void AddNotifyingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ProblemRaisedConsumer, NotificationConsumerDefinition<ProblemRaisedConsumer>>();
        bus.AddConsumer<ProblemAcceptedConsumer, NotificationConsumerDefinition<ProblemAcceptedConsumer>>();
        bus.AddConsumer<ProblemTransferredConsumer, NotificationConsumerDefinition<ProblemTransferredConsumer>>();
        bus.AddConsumer<ProblemUrgedConsumer, NotificationConsumerDefinition<ProblemUrgedConsumer>>();
        bus.AddConsumer<ProblemResolvedConsumer, NotificationConsumerDefinition<ProblemResolvedConsumer>>();
        bus.AddConsumer<ProblemRejectedConsumer, NotificationConsumerDefinition<ProblemRejectedConsumer>>();
        bus.AddConsumer<ProblemReopenedConsumer, NotificationConsumerDefinition<ProblemReopenedConsumer>>();
        bus.AddConsumer<ProblemClosedConsumer, NotificationConsumerDefinition<ProblemClosedConsumer>>();
        bus.AddConsumer<ProblemEscalatedConsumer, NotificationConsumerDefinition<ProblemEscalatedConsumer>>();
        bus.AddConsumer<ProjectSubmittedConsumer, NotificationConsumerDefinition<ProjectSubmittedConsumer>>();
        bus.AddConsumer<ProjectDraftedConsumer, NotificationConsumerDefinition<ProjectDraftedConsumer>>();
        bus.AddConsumer<ProjectPenHandedConsumer, NotificationConsumerDefinition<ProjectPenHandedConsumer>>();
        bus.AddConsumer<ProjectApprovalRecordedConsumer, NotificationConsumerDefinition<ProjectApprovalRecordedConsumer>>();
        bus.AddConsumer<ProjectChangesRequestedConsumer, NotificationConsumerDefinition<ProjectChangesRequestedConsumer>>();
        bus.AddConsumer<ProjectReviewOverdueConsumer, NotificationConsumerDefinition<ProjectReviewOverdueConsumer>>();
        bus.AddConsumer<ProjectReviewBlockedConsumer, NotificationConsumerDefinition<ProjectReviewBlockedConsumer>>();
        bus.AddConsumer<ProjectApprovedConsumer, NotificationConsumerDefinition<ProjectApprovedConsumer>>();
        bus.AddConsumer<ProjectRejectedConsumer, NotificationConsumerDefinition<ProjectRejectedConsumer>>();
        bus.AddConsumer<AgreementProposedConsumer, NotificationConsumerDefinition<AgreementProposedConsumer>>();
        bus.AddConsumer<AgreementAmendedConsumer, NotificationConsumerDefinition<AgreementAmendedConsumer>>();
        bus.AddConsumer<RenewalDueConsumer, NotificationConsumerDefinition<RenewalDueConsumer>>();
        bus.AddConsumer<AgreementSuspendedConsumer, NotificationConsumerDefinition<AgreementSuspendedConsumer>>();
        bus.AddConsumer<AgreementTerminatedConsumer, NotificationConsumerDefinition<AgreementTerminatedConsumer>>();
        bus.AddConsumer<AgreementExpiredConsumer, NotificationConsumerDefinition<AgreementExpiredConsumer>>();
        bus.AddConsumer<TeamRegisteredConsumer, NotificationConsumerDefinition<TeamRegisteredConsumer>>();
        bus.AddConsumer<DeploymentEndedConsumer, NotificationConsumerDefinition<DeploymentEndedConsumer>>();
        bus.AddConsumer<MatchProposedConsumer, NotificationConsumerDefinition<MatchProposedConsumer>>();
        bus.AddConsumer<MatchAcceptedConsumer, NotificationConsumerDefinition<MatchAcceptedConsumer>>();
        bus.AddConsumer<MatchDeclinedConsumer, NotificationConsumerDefinition<MatchDeclinedConsumer>>();
    }
}
