namespace Corridor.Lists.Resources;

public enum ResourceUpsertOutcome
{
    Created,
    Updated,
    Unchanged,
}
