using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Webhooks;

/// <summary>Registers a receiver for the caller's region; the answer carries its signing secret.</summary>
public sealed record RegisterEndpoint(string? Url, IReadOnlyList<string>? EventKinds, string? Description) : IUseCase<RegisteredEndpoint>;

public sealed record RegisteredEndpoint(WebhookEndpointView Endpoint, string Secret);

internal sealed class RegisterEndpointRule(CallerIdentity caller) : WebhookManagerRule<RegisterEndpoint>(caller);

internal sealed class RegisterEndpointValidator : AbstractValidator<RegisterEndpoint>
{
    public RegisterEndpointValidator(IOptions<WebhookOptions> options, WebhookTargetGuard guard, CallerRegionWebhooks endpoints)
    {
        RuleFor(r => r.Url).MaximumLength(WebhookUrl.MaxLength).Custom((url, context) =>
        {
            if (WebhookUrl.Refusal(url, options.Value.AllowInsecureHttp) is { } refusal)
            {
                context.AddFailure(refusal);
            }
        }).DependentRules(() => RuleFor(r => r.Url).CustomAsync(async (url, context, ct) =>
        {
            if (await guard.RefusalAsync(new Uri(url!), ct) is { } refusal)
            {
                context.AddFailure(refusal);
            }
        }));
        RuleFor(r => r.EventKinds).NotEmpty().WithMessage("Name at least one event kind, or \"*\".");
        RuleForEach(r => r.EventKinds).Must(WebhookEventKinds.IsKnown)
            .WithMessage((_, kind) => $"'{kind}' is not an event kind a webhook can receive; see GET /api/v1/webhooks/event-kinds.");
        RuleFor(r => r.Description).MaximumLength(500);
        RuleFor(r => r).CustomAsync(async (_, context, ct) =>
        {
            var limit = options.Value.MaxEndpointsPerRegion;
            if (await endpoints.All.CountAsync(ct) >= limit)
            {
                context.AddFailure(new ValidationFailure("Endpoints", $"A region has at most {limit} webhook endpoints; delete one first."));
            }
        });
    }
}

internal sealed class RegisterEndpointHandler(NotificationsDbContext db, CallerRegionWebhooks endpoints, TimeProvider clock)
    : IUseCaseHandler<RegisterEndpoint, RegisteredEndpoint>
{
    public async Task<RegisteredEndpoint> HandleAsync(RegisterEndpoint request, CancellationToken cancellationToken)
    {
        var endpoint = new WebhookEndpoint(
            endpoints.Region, endpoints.Actor, new Uri(request.Url!), request.EventKinds!, request.Description, WebhookSecrets.New(), clock.GetUtcNow().UtcDateTime);
        db.Set<WebhookEndpoint>().Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return new RegisteredEndpoint(WebhookEndpointView.Of(endpoint), endpoint.Secret);
    }
}
