using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// One instance of a set of compiled queries per EF model: a compiled query serves only the model it first ran with
/// (production has one model; a test process has one per provider).
/// </summary>
public static class CompiledPerModel<TQueries>
    where TQueries : class, new()
{
    private static readonly ConditionalWeakTable<IModel, TQueries> PerModel = new();

    public static TQueries For(DbContext db) => PerModel.GetValue(db.Model, _ => new TQueries());
}
