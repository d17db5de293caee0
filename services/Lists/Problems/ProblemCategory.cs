namespace Corridor.Lists.Problems;

/// <summary>
/// What a problem is about, aligned with the resource categories so matching can pair them:
/// policy (政策), funding (资金), logistics (物流运力), port and channel (港口通道), customs and clearance (通关),
/// talent (人才), land and planning (用地规划), data (数据共享), other.
/// </summary>
public enum ProblemCategory
{
    Policy,
    Funding,
    Logistics,
    PortAndChannel,
    Customs,
    Talent,
    LandAndPlanning,
    Data,
    Other,
}
