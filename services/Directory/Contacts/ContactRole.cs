namespace Corridor.DirectoryService.Contacts;

public enum ContactRole
{
    /// <summary>联络员</summary>
    Liaison,

    /// <summary>书记</summary>
    Secretary,

    /// <summary>副书记</summary>
    Deputy,

    /// <summary>办公室</summary>
    Office,
}
