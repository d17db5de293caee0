namespace Corridor.DirectoryService.Organs;

public enum OrganKind
{
    /// <summary>机关</summary>
    Organ,

    /// <summary>机关党组织</summary>
    OrganPartyOrganization,

    /// <summary>工委</summary>
    WorkingCommittee,
}
