using Corridor.Notifications.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Notifications.Infrastructure;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("Notifications");
        notification.HasKey(n => n.Sequence);
        notification.Property(n => n.Sequence).ValueGeneratedOnAdd();
        notification.HasAlternateKey(n => n.Id);
        notification.Property(n => n.Kind).HasMaxLength(50);
        notification.Property(n => n.Severity).HasConversion<string>().HasMaxLength(10);
        notification.Property(n => n.Subject).HasMaxLength(300);
        notification.Property(n => n.Body).HasMaxLength(2000);
        notification.Property(n => n.SubjectEn).HasMaxLength(300);
        notification.Property(n => n.BodyEn).HasMaxLength(2000);
        notification.Property(n => n.Service).HasMaxLength(20);
        notification.Property(n => n.RecordType).HasMaxLength(20);
        notification.Property(n => n.Link).HasMaxLength(200);
        notification.Property(n => n.DedupKey).HasMaxLength(200);
        notification.HasIndex(n => new { n.PersonId, n.DedupKey }).IsUnique();
        notification.HasIndex(n => new { n.PersonId, n.Sequence });
        notification.HasIndex(n => new { n.PersonId, n.ReadAt });
    }
}
