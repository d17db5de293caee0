namespace Corridor.BuildingBlocks.Batches;

/// <summary>How a batch's items reach the database inside the batch's one transaction (<see cref="BatchTransaction"/>).</summary>
public interface IBatchSaves
{
    /// <summary>Opens the transaction now, for items whose own use cases save as they go.</summary>
    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Saves what the change tracker holds inside the transaction (opening it first) and forgets it.</summary>
    Task SaveChunkAsync(CancellationToken cancellationToken);
}
