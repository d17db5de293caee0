using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Notifications.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Webhooks;

/// <summary>An endpoint's delivery log, oldest first, each delivery with its attempts; paged by <c>cursor</c>.</summary>
public sealed record ListDeliveries(Guid EndpointId, string? Status, string? Cursor, int? Limit) : IUseCase<WebhookDeliveryPage>;

public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryView> Items, string? NextCursor);

internal sealed class ListDeliveriesRule(CallerIdentity caller) : WebhookManagerRule<ListDeliveries>(caller);

internal sealed class ListDeliveriesValidator : AbstractValidator<ListDeliveries>
{
    public const int MaxLimit = 100;

    public ListDeliveriesValidator()
    {
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).When(r => r.Limit is not null);
        RuleFor(r => r.Status).IsEnumName(typeof(WebhookDeliveryStatus), caseSensitive: false).When(r => !string.IsNullOrEmpty(r.Status))
            .WithMessage("Give Pending, Delivered, Failed or nothing.");
    }
}

internal sealed class ListDeliveriesHandler(NotificationsDbContext db, CallerRegionWebhooks endpoints) : IUseCaseHandler<ListDeliveries, WebhookDeliveryPage>
{
    private const string CursorScope = "wd";

    public async Task<WebhookDeliveryPage> HandleAsync(ListDeliveries request, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(request.EndpointId, cancellationToken);
        var limit = request.Limit ?? 20;
        var query = db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.EndpointId == endpoint.Id);
        if (!string.IsNullOrEmpty(request.Status))
        {
            var status = Enum.Parse<WebhookDeliveryStatus>(request.Status, ignoreCase: true);
            query = query.Where(d => d.Status == status);
        }

        var rows = await query.PageAfter(d => d.CreatedAt, d => d.Id, PageCursor.Decode(request.Cursor, "Cursor", CursorScope), limit)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(d => d.Id).ToArray();
        var attempts = (await db.Set<WebhookAttempt>().AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.DeliveryId);
        var page = KeysetPaging.Cut(rows, limit, d => new PageCursor(d.CreatedAt, d.Id), d => WebhookDeliveryView.Of(d, attempts[d.Id]), CursorScope);
        return new WebhookDeliveryPage(page.Items, page.NextCursor);
    }
}
