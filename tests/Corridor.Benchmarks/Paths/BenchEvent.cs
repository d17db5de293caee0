namespace Corridor.Benchmarks.Paths;

/// <summary>The baselines' message: no service consumes it; its payload is as large as a typical outbox row's.</summary>
public sealed record BenchEvent(Guid Id, long SentAtTimestamp, string Payload)
{
    public static readonly string TypicalPayload = new('x', 700);
}
