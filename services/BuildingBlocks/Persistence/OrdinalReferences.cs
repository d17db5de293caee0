using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// The references a region's own system gives its records (ExternalReference) are opaque keys: "GX-1" and
/// "gx-1" are two records. SQLite compares text as BINARY; SQL Server by the database's collation, which is
/// case-insensitive by default, so there the second would be taken for the first (an upsert answering
/// Unchanged, a create refused by the unique index). On SQL Server those columns get a binary collation.
/// </summary>
public static class OrdinalReferences
{
    public const string Property = "ExternalReference";

    public const string SqlServerCollation = "Latin1_General_100_BIN2";

    /// <summary>Call after the entity configurations, for the properties named <see cref="Property"/>.</summary>
    public static void CompareReferencesOrdinally(this ModelBuilder modelBuilder, DatabaseFacade database)
    {
        if (!database.IsSqlServer())
        {
            return;
        }

        foreach (var property in modelBuilder.Model.GetEntityTypes().Select(t => t.FindDeclaredProperty(Property)).OfType<IMutableProperty>())
        {
            property.SetCollation(SqlServerCollation);
        }
    }
}
