namespace Corridor.Lists.Resources;

public enum ResourceCategory
{
    Policy,
    Funding,
    LogisticsCapacity,
    PortAndChannel,
    TalentAndExpertise,
    PlatformOrVenue,
    Data,
    Other,
}
