namespace Corridor.Teams.Teams;

public enum TeamStatus
{
    Forming,
    Active,
    StoodDown,
}
