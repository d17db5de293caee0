namespace Corridor.DevTools.Demo;

/// <summary>A service answered 2xx but not what the demo data needs (a wrong state, a timeout).</summary>
public sealed class SeedFailedException(string message) : Exception(message);
