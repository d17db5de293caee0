namespace Corridor.Agreements.Agreements;

/// <summary>What an upsert by external reference did; travels by name ("Created", "Updated", "Unchanged") in REST and gRPC.</summary>
public enum UpsertOutcome
{
    Created,
    Updated,
    Unchanged,
}
