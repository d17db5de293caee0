using Corridor.BuildingBlocks.Domain;

namespace Corridor.Lists.Resources;

/// <summary>
/// Capacities are stored as a whole number of thousandths (long), not as decimal: SQLite has no decimal
/// type (EF would store TEXT and refuse to compare or order it in SQL), while a long compares exactly on
/// both providers. Three decimals cover every unit we have seen ("0.5 万元", "12.75 TEU/月").
/// </summary>
public static class ResourceCapacity
{
    public const int Scale = 1000;

    public static long ToThousandths(decimal amount)
    {
        if (amount < 0)
        {
            throw new DomainRuleException("resource.negative-capacity", "Capacity cannot be negative.");
        }

        var scaled = amount * Scale;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new DomainRuleException("resource.capacity-precision", "Capacity can have at most three decimals.");
        }

        if (scaled > long.MaxValue)
        {
            throw new DomainRuleException("resource.capacity-too-large", "Capacity is too large.");
        }

        return (long)scaled;
    }

    public static bool IsRepresentable(decimal amount) =>
        amount >= 0 && amount * Scale == decimal.Truncate(amount * Scale) && amount * Scale <= long.MaxValue;

    public static decimal FromThousandths(long thousandths) => thousandths / (decimal)Scale;
}
