using System.Text.Json;
using Corridor.BuildingBlocks.Persistence;
using Corridor.DirectoryService.Organs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.DirectoryService.Infrastructure;

/// <summary>
/// An organ is one row with its names as JSON in it, so a batch of organs (GetOrgans) is read by one query; its audit
/// trail, which grows with every change and has an endpoint of its own, is a table of its own.
/// </summary>
internal sealed class OrganConfiguration(bool sqlServer) : IEntityTypeConfiguration<Organ>
{
    private static readonly ValueComparer<IReadOnlyList<FieldChange>> FieldsComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        fields => fields.Aggregate(0, (hash, f) => HashCode.Combine(hash, f)),
        fields => fields.ToArray());

    public void Configure(EntityTypeBuilder<Organ> builder)
    {
        builder.ToTable("Organs");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        var organId = builder.Property(o => o.OrganId).HasMaxLength(Organ.IdLength);
        if (sqlServer)
        {
            // Ids are compared exactly, as on SQLite: a lower-case spelling is not the organ.
            organId.UseCollation(OrdinalReferences.SqlServerCollation);
        }

        builder.HasIndex(o => o.OrganId).IsUnique();
        builder.Property(o => o.IdKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.RegionCode).HasMaxLength(6);
        builder.Property(o => o.FullName).HasMaxLength(Organ.MaxFullName);
        builder.Property(o => o.ShortName).HasMaxLength(Organ.MaxShortName);
        builder.Property(o => o.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.ParentOrganId).HasMaxLength(Organ.IdLength);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.RetireReason).HasMaxLength(Organ.MaxText);
        builder.Property(o => o.ExternalReference).HasMaxLength(Organ.MaxExternalReference);
        builder.HasIndex(o => new { o.RegionCode, o.ExternalReference }).IsUnique().HasFilter("\"ExternalReference\" IS NOT NULL");
        builder.HasIndex(o => new { o.RegionCode, o.Status });
        builder.HasIndex(o => o.ParentOrganId);
        builder.Ignore(o => o.Snapshot);
        builder.Ignore(o => o.Fields);

        builder.OwnsMany(o => o.Names, names =>
        {
            names.ToJson("NameHistory");
            names.Property(n => n.FullName).HasMaxLength(Organ.MaxFullName);
            names.Property(n => n.ShortName).HasMaxLength(Organ.MaxShortName);
        });
        builder.Navigation(o => o.Names).HasField("_names").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(o => o.History, line =>
        {
            line.ToTable("OrganChanges");
            line.WithOwner().HasForeignKey("OrganKey");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedOnAdd();
            line.Property(l => l.Action).HasMaxLength(20);
            line.Property(l => l.Fields)
                .HasConversion(
                    fields => JsonSerializer.Serialize(fields, JsonSerializerOptions.Web),
                    json => JsonSerializer.Deserialize<FieldChange[]>(json, JsonSerializerOptions.Web) ?? Array.Empty<FieldChange>(),
                    FieldsComparer)
                .HasColumnName("Changes");
            line.Property(l => l.By).HasMaxLength(200);
            line.Property(l => l.ByOrganId).HasMaxLength(Organ.IdLength);
            line.Property(l => l.ByRegionCode).HasMaxLength(6);
            line.Property(l => l.Note).HasMaxLength(Organ.MaxText);
        });
        builder.Navigation(o => o.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
