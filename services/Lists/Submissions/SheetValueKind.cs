namespace Corridor.Lists.Submissions;

public enum SheetValueKind
{
    Text,
    Number,
    Date,
}
