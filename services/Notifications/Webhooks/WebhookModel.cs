using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Webhooks;

/// <summary>The webhook tables: endpoints, their deliveries and attempts, and the teams' regions the roster rule needs.</summary>
internal static class WebhookModel
{
    public static ModelBuilder ApplyWebhooks(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WebhookEndpoint>(endpoint =>
        {
            endpoint.ToTable("WebhookEndpoints");
            endpoint.HasKey(e => e.Id);
            endpoint.Property(e => e.RegionCode).HasMaxLength(6);
            endpoint.Property(e => e.RegisteredBy).HasMaxLength(200);
            endpoint.Property(e => e.Url).HasMaxLength(WebhookUrl.MaxLength);
            endpoint.Property(e => e.EventKinds).HasMaxLength(4000);
            endpoint.Property(e => e.Description).HasMaxLength(500);
            endpoint.Property(e => e.Secret).HasMaxLength(100);
            endpoint.Property(e => e.PreviousSecret).HasMaxLength(100);
            endpoint.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
            endpoint.Property(e => e.DisabledReason).HasMaxLength(300);
            endpoint.Property(e => e.Version).IsConcurrencyToken();
            endpoint.Ignore(e => e.Kinds);
            endpoint.HasIndex(e => e.RegionCode);
        });
        modelBuilder.Entity<WebhookDelivery>(delivery =>
        {
            delivery.ToTable("WebhookDeliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.EventType).HasMaxLength(50);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
            delivery.Ignore(d => d.WebhookId);
            delivery.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
            delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
            delivery.HasIndex(d => new { d.EndpointId, d.CreatedAt });
        });
        modelBuilder.Entity<WebhookAttempt>(attempt =>
        {
            attempt.ToTable("WebhookAttempts");
            attempt.HasKey(a => a.Id);
            attempt.Property(a => a.Id).ValueGeneratedOnAdd();
            attempt.Property(a => a.ResponseExcerpt).HasMaxLength(WebhookAttempt.ExcerptLength);
            attempt.Property(a => a.Error).HasMaxLength(WebhookAttempt.ExcerptLength);
            attempt.Ignore(a => a.Succeeded);
            attempt.HasOne<WebhookDelivery>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
            attempt.HasIndex(a => new { a.DeliveryId, a.At });
        });
        modelBuilder.Entity<WebhookTeamRegion>(team =>
        {
            team.ToTable("WebhookTeamRegions");
            team.HasKey(t => t.TeamId);
            team.Property(t => t.RegionCode).HasMaxLength(6);
        });
        return modelBuilder;
    }
}
