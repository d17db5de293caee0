namespace Corridor.DevTools.Demo;

/// <summary>A deployment of a demo team to a demo project (named by its key), with the outcomes recorded so far.</summary>
public sealed record DemoDeployment(string ProjectKey, DateOnly From, DateOnly? To, string Task, IReadOnlyList<string>? Outcomes = null);
