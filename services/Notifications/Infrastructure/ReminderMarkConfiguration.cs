using Corridor.Notifications.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Notifications.Infrastructure;

internal sealed class ReminderMarkConfiguration : IEntityTypeConfiguration<ReminderMark>
{
    public void Configure(EntityTypeBuilder<ReminderMark> mark)
    {
        mark.ToTable("ReminderMarks");
        mark.HasKey(m => m.Key);
        mark.Property(m => m.Key).HasMaxLength(ReminderMark.MaxKey);
    }
}
