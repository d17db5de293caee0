namespace Corridor.SystemTests.Faults;

/// <summary>
/// One fault of a run: once the traffic has ended <see cref="At"/> of its minimum flows, each of its
/// <see cref="Strikes"/> in turn waits for work in flight to cut and kills; then <see cref="RecoverAsync"/> brings
/// back what was killed (several kills under one recovery: a loaded machine restarts them side by side).
/// </summary>
public sealed record Fault(double At, string Name, IReadOnlyList<Strike> Strikes, Func<Task> RecoverAsync);

/// <summary>One kill: <see cref="InFlightAsync"/> names the work it will cut (null: none yet).</summary>
public sealed record Strike(string Name, Func<Task<string?>> InFlightAsync, Func<Task> KillAsync);

/// <summary>How a fault landed: what was in flight when it struck, how long until the system was whole again.</summary>
public sealed record FaultLanding(string Name, int FlowsEnded, int FlowsInFlight, string Evidence, TimeSpan DownAndBack, Task<TimeSpan> Drain);
