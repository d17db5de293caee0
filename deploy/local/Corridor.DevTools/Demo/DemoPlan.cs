namespace Corridor.DevTools.Demo;

/// <summary>One line of an agreement's yearly plan: a cooperation area (JointStudy … JointProjects), the planned count and the goal.</summary>
public sealed record DemoPlan(int Year, string Area, int Planned, string Goal);
