namespace Corridor.Lists.Organs;

/// <summary>Sets a reply's proto3 <c>optional string</c> organ name: an organ the read model does not know leaves it unset (its setter refuses null).</summary>
internal static class OptionalOrganName
{
    public static T WithOrganName<T>(this T reply, string? name, Action<T, string> set)
    {
        if (name is not null)
        {
            set(reply, name);
        }

        return reply;
    }
}
