using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Corridor.Testing;

/// <summary>The tables whose external references a context's model compares with the binary SQL Server collation.</summary>
public static class OrdinalReferenceColumns
{
    public static string[] TablesOf(ServiceDbContext db) => db.GetService<IDesignTimeModel>().Model.GetEntityTypes()
        .Where(t => t.FindDeclaredProperty(OrdinalReferences.Property)?.GetCollation() == OrdinalReferences.SqlServerCollation)
        .Select(t => t.GetTableName()!)
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static string[] TablesWithReferences(ServiceDbContext db) => db.GetService<IDesignTimeModel>().Model.GetEntityTypes()
        .Where(t => t.FindDeclaredProperty(OrdinalReferences.Property) is not null)
        .Select(t => t.GetTableName()!)
        .Order(StringComparer.Ordinal)
        .ToArray();
}
