using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Mail;

/// <summary>The mail tables: preferences, deliveries (one per notification or digest) and digests (one per person and day).</summary>
internal static class MailModelConfiguration
{
    public static ModelBuilder ApplyMailModel(this ModelBuilder model)
    {
        model.Entity<MailPreference>(preference =>
        {
            preference.ToTable("MailPreferences");
            preference.HasKey(p => new { p.PersonId, p.Kind });
            preference.Property(p => p.Kind).HasMaxLength(MailPreference.MaxKind);
            preference.Property(p => p.Mode).HasConversion<string>().HasMaxLength(20);
        });
        model.Entity<MailDelivery>(delivery =>
        {
            delivery.ToTable("MailDeliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Id).ValueGeneratedNever();
            delivery.Property(d => d.To).HasMaxLength(MailDelivery.MaxAddress);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
            delivery.Property(d => d.LastError).HasMaxLength(MailDelivery.MaxError);
            // Never two mails for one notification or one digest.
            delivery.HasIndex(d => d.NotificationId).IsUnique();
            delivery.HasIndex(d => d.DigestId).IsUnique();
            delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
        });
        model.Entity<MailDigest>(digest =>
        {
            digest.ToTable("MailDigests");
            digest.HasKey(d => d.Id);
            digest.Property(d => d.Id).ValueGeneratedNever();
            digest.HasIndex(d => new { d.PersonId, d.Day }).IsUnique();
        });
        return model;
    }
}
