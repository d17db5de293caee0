using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.BuildingBlocks.Inbox;

internal sealed class InboxRecordConfiguration : IEntityTypeConfiguration<InboxRecord>
{
    public void Configure(EntityTypeBuilder<InboxRecord> builder)
    {
        builder.ToTable("InboxRecords");
        builder.HasKey(r => new { r.MessageId, r.Consumer });
        builder.Property(r => r.Consumer).HasMaxLength(200);
        builder.Property(r => r.MessageType).HasMaxLength(200);
        builder.HasIndex(r => r.ReceivedAt);
    }
}
