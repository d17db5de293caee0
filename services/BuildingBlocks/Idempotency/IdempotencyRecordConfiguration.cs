using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.BuildingBlocks.Idempotency;

internal sealed class IdempotencyRecordConfiguration(bool sqlServer) : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => new { r.Caller, r.Key });
        var caller = builder.Property(r => r.Caller).HasMaxLength(200);
        var key = builder.Property(r => r.Key).HasMaxLength(200);
        if (sqlServer)
        {
            // Keys are opaque: "abc" and "ABC" are two keys, as SQLite compares them, not one under a CI collation.
            caller.UseCollation(OrdinalReferences.SqlServerCollation);
            key.UseCollation(OrdinalReferences.SqlServerCollation);
        }

        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(100);
        builder.HasIndex(r => r.CreatedAt);
    }
}
