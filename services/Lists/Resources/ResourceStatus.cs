namespace Corridor.Lists.Resources;

/// <summary>
/// Available ⇄ Reserved (a commitment takes it, releasing gives it back); Available/Reserved → Exhausted
/// or Withdrawn, from which there is no way back.
/// </summary>
public enum ResourceStatus
{
    Available,
    Reserved,
    Exhausted,
    Withdrawn,
}
