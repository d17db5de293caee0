namespace Corridor.Lists.Projects;

/// <summary>What a joint project is about.</summary>
public enum ProjectCategory
{
    PartyBuilding,
    IndustrialCooperation,
    LogisticsAndPorts,
    TradeAndInvestment,
    TalentAndTraining,
    EcologyAndLivelihood,
    Other,
}
