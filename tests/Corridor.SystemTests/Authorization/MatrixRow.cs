namespace Corridor.SystemTests.Authorization;

/// <summary>
/// One write endpoint of the matrix: who may call it, how to prepare a record in the state the call needs (none for
/// creates), and the body ($names filled from the target). Every caller outside <see cref="Allowed"/> must be refused 403.
/// </summary>
public sealed record MatrixRow(string Key, MatrixCaller Allowed, Func<Task<Target>>? Prepare, string? Body)
{
    public override string ToString() => Key;
}
